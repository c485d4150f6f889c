// Types of prng.mjs for TypeScript files that import it (the root tsconfig does not read JavaScript);
// the documentation is in prng.mjs.
export declare function mulberry32(seed: number): () => number;
export declare function randomTools(random: () => number): {
  random: () => number;
  int(min: number, max: number): number;
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  sample<T>(items: readonly T[], count: number): T[];
};
