// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { packLanes, type Extent } from '../../../src/timeline/lanes.ts';

/** The most extents overlapping at any start: the fewest lanes possible. */
function depth(extents: readonly Extent[], gap: number): number {
  return Math.max(0, ...extents.map((a) => extents.filter((b) => b.start <= a.start && a.start < b.end + gap).length));
}

function overlapsInALane(extents: readonly Extent[], lanes: readonly number[], gap: number): boolean {
  return extents.some((a, i) =>
    extents.some((b, j) => i < j && lanes[i] === lanes[j] && a.start < b.end + gap && b.start < a.end + gap),
  );
}

describe('packLanes', () => {
  it('stacks overlapping extents and reuses a lane once it is clear', () => {
    expect(
      packLanes([
        { start: 0, end: 10 },
        { start: 5, end: 8 },
        { start: 12, end: 14 },
      ]),
    ).toEqual({ lanes: [0, 1, 0], count: 2 });
  });

  it('keeps the gap between neighbours in a lane', () => {
    const extents = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
    ];
    expect(packLanes(extents, 0).count).toBe(1);
    expect(packLanes(extents, 2).count).toBe(2);
  });

  it('puts the longer of two extents that start together in the lower lane', () => {
    expect(
      packLanes([
        { start: 0, end: 5 },
        { start: 0, end: 50 },
      ]).lanes,
    ).toEqual([1, 0]);
  });

  it('handles no extents', () => {
    expect(packLanes([])).toEqual({ lanes: [], count: 0 });
  });

  it('never overlaps two extents in a lane and uses the fewest lanes, on pseudo-random inputs', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 100;
    for (let run = 0; run < 200; run += 1) {
      const extents = Array.from({ length: 1 + (run % 25) }, () => {
        const start = random();
        return { start, end: start + random() / 4 };
      });
      const { lanes, count } = packLanes(extents, 1);
      expect(overlapsInALane(extents, lanes, 1)).toBe(false);
      expect(count).toBe(depth(extents, 1));
    }
  });
});
