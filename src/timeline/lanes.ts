/** Lane packing: stack marks that would overlap into rows, so that none hides another. */

export interface Extent {
  start: number;
  end: number;
}

/**
 * Puts each extent in the lowest lane where it clears the previous one by `gap`. Taking the extents
 * in order of start, first-fit is optimal for intervals: it uses as many lanes as the most extents
 * that overlap at any one point (interval partitioning; Kleinberg & Tardos, Algorithm Design, §4.1).
 * Ties go to the longer extent first, so long spans settle in the low lanes.
 * @param extents - horizontal extents, in any unit
 * @param gap - space required between two extents in the same lane
 * @returns the lane of each extent, in input order, and the number of lanes used
 * @example packLanes([{ start: 0, end: 10 }, { start: 5, end: 8 }, { start: 12, end: 14 }])
 * // { lanes: [0, 1, 0], count: 2 }
 */
export function packLanes(extents: readonly Extent[], gap = 0): { lanes: number[]; count: number } {
  const order = extents
    .map((extent, index) => ({ extent, index }))
    .sort(
      (a, b) =>
        a.extent.start - b.extent.start ||
        b.extent.end - b.extent.start - (a.extent.end - a.extent.start) ||
        a.index - b.index,
    );
  const laneEnds: number[] = [];
  const lanes: number[] = new Array<number>(extents.length).fill(0);
  for (const { extent, index } of order) {
    let lane = laneEnds.findIndex((end) => end + gap <= extent.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = extent.end;
    lanes[index] = lane;
  }
  return { lanes, count: laneEnds.length };
}
