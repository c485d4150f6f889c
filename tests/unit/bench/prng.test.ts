// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mulberry32, randomTools } from '../../../scripts/bench/prng.mjs';

describe('mulberry32', () => {
  it('gives the published sequence for seed 42', () => {
    const random = mulberry32(42);
    expect([random(), random(), random()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });

  it('repeats itself for the same seed and differs for another', () => {
    const run = (seed: number) => Array.from({ length: 100 }, mulberry32(seed));
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('stays in [0, 1)', () => {
    const random = mulberry32(123);
    for (let i = 0; i < 10_000; i += 1) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('randomTools', () => {
  it('draws whole numbers with both ends included', () => {
    const { int } = randomTools(mulberry32(1));
    const seen = new Set(Array.from({ length: 500 }, () => int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it('samples distinct items in their original order', () => {
    const { sample } = randomTools(mulberry32(2));
    const items = ['a', 'b', 'c', 'd', 'e'];
    const chosen = sample(items, 3);
    expect(new Set(chosen).size).toBe(3);
    expect(chosen).toEqual(items.filter((item) => chosen.includes(item)));
    expect(sample(items, 9)).toEqual(items);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => randomTools(mulberry32(3)).pick([])).toThrow(/non-empty/);
  });
});
