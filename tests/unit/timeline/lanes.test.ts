// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packLanes, type Extent } from '../../../src/timeline/lanes.ts';

/** The most extents overlapping at any start (each counts itself, even when empty): the fewest lanes possible. */
function depth(extents: readonly Extent[], gap: number): number {
  return Math.max(
    0,
    ...extents.map((a) => extents.filter((b) => b === a || (b.start <= a.start && a.start < b.end + gap)).length),
  );
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

  it('never overlaps two extents in a lane and uses the fewest lanes (property)', () => {
    const extent = fc
      .tuple(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(extent, { maxLength: 40 }), fc.integer({ min: 0, max: 5 }), (extents, gap) => {
        const { lanes, count } = packLanes(extents, gap);
        expect(lanes).toHaveLength(extents.length);
        expect(overlapsInALane(extents, lanes, gap)).toBe(false);
        expect(count).toBe(depth(extents, gap));
      }),
    );
  });
});
