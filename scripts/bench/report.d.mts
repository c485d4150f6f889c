// Types of report.mjs for TypeScript files that import it (the root tsconfig does not read JavaScript);
// the documentation is in report.mjs.
import type { Summary } from './stats.mjs';
export declare function table(rows: readonly (readonly string[])[], indent?: string): string;
export declare function kB(bytes: number): string;
export declare function spread(summary: Summary | undefined, format: (value: number) => string): string;
export declare function ms(ms: number): string;
export declare function ratio(value: number): string;
