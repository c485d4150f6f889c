/** Where each mark goes: its kind, its pixel extent on the scale, and its lane. */
import { packLanes } from './lanes.ts';
import { markKind, type MarkKind } from './mark-kind.ts';
import { dateExtent, type TimeExtent, type TimeScale } from './time-scale.ts';
import type { TimelineEvent } from './types.ts';

/** Sizes in pixels. A point is a 24 px target; a span is never narrower than one. */
export const MARK_SIZES = { point: 24, minSpan: 24, gap: 2 } as const;

export interface PlacedMark {
  event: TimelineEvent;
  kind: MarkKind;
  /** When the date can fall, as fractional years. */
  time: TimeExtent;
  /** Left edge and width of the mark's button, in pixels. */
  left: number;
  width: number;
  lane: number;
}

export interface MarkLayout {
  /** In date order: by start, then end, then id. */
  marks: PlacedMark[];
  laneCount: number;
}

/**
 * Places marks on a scale: points centred on the middle of their day or month, spans from the start
 * of their first day to the end of their last, then packed into lanes. Events whose date does not
 * parse are left out (the data checks refuse them anyway).
 * @example layoutMarks(events, scale).marks.map((m) => [m.event.id, m.lane])
 */
export function layoutMarks(events: readonly TimelineEvent[], scale: TimeScale): MarkLayout {
  const timed = events.flatMap((event) => {
    const time = dateExtent(event.date);
    return time ? [{ event, time }] : [];
  });
  timed.sort((a, b) => a.time.start - b.time.start || a.time.end - b.time.end || compareIds(a.event.id, b.event.id));
  // Clamped to the axis so the first and last marks are not cut off.
  const clamp = (box: { left: number; width: number }) => ({
    left: Math.max(0, Math.min(scale.width - box.width, box.left)),
    width: box.width,
  });
  const boxes = timed.map(({ event, time }) => {
    const kind = markKind(event.datePrecision, event.dateBasis);
    if (kind.shape === 'point') {
      const centre = scale.x((time.start + time.end) / 2);
      return clamp({ left: centre - MARK_SIZES.point / 2, width: MARK_SIZES.point });
    }
    const start = scale.x(time.start);
    const width = scale.x(time.end) - start;
    return clamp(
      width >= MARK_SIZES.minSpan
        ? { left: start, width }
        : { left: start + width / 2 - MARK_SIZES.minSpan / 2, width: MARK_SIZES.minSpan },
    );
  });
  const { lanes, count } = packLanes(
    boxes.map(({ left, width }) => ({ start: left, end: left + width })),
    MARK_SIZES.gap,
  );
  const marks = timed.map(({ event, time }, i) => ({
    event,
    time,
    kind: markKind(event.datePrecision, event.dateBasis),
    left: boxes[i]?.left ?? 0,
    width: boxes[i]?.width ?? MARK_SIZES.point,
    lane: lanes[i] ?? 0,
  }));
  return { marks, laneCount: count };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether a stretch of time falls, at least in part, in a window of whole years (both included).
 * @example overlapsYears({ start: 2013, end: 2014 }, [2014, 2020]) // false
 */
export function overlapsYears(time: TimeExtent, years: readonly [number, number]): boolean {
  return time.start < years[1] + 1 && time.end > years[0];
}

/**
 * Where to scroll so a mark is in view: centred, or its start at the left when it is wider than the
 * view; null when it is in view already or the view has no width.
 * @param mark - the mark's left edge and width, in pixels
 * @example scrollTarget({ left: 900, width: 24 }, 0, 300, 1000) // 700
 */
export function scrollTarget(
  mark: { left: number; width: number },
  scrollLeft: number,
  viewWidth: number,
  totalWidth: number,
): number | null {
  if (viewWidth <= 0 || (mark.left >= scrollLeft && mark.left + mark.width <= scrollLeft + viewWidth)) return null;
  const left = mark.width > viewWidth ? mark.left : mark.left + mark.width / 2 - viewWidth / 2;
  return Math.max(0, Math.min(totalWidth - viewWidth, left));
}
