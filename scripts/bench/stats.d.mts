// Types of stats.mjs for TypeScript files that import it (the root tsconfig does not read JavaScript);
// the documentation is in stats.mjs.
export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}
export declare function median(values: readonly number[]): number;
export declare function summarize(values: readonly number[]): Summary;
export declare function pairRatios(pairs: readonly { a: number; b: number }[]): number[];
export declare function roundOrder(index: number, count: number): number[];
