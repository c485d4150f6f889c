// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/data/dates.ts';
import { DEFAULT_LABELS, describeDate } from '../../../src/timeline/labels.ts';
import { MARK_SIZES, layoutMarks, overlapsYears, scrollTarget } from '../../../src/timeline/mark-layout.ts';
import { createTimeScale } from '../../../src/timeline/time-scale.ts';
import type { TimelineEvent } from '../../../src/timeline/types.ts';

function event(id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    date,
    datePrecision: date.includes('/') ? 'range' : (['year', 'month', 'day'] as const)[date.split('-').length - 1],
    dateBasis: 'stated',
    themes: ['diplomacy'],
    scope: 'national',
    ...extra,
  } as TimelineEvent;
}

// Ten years, 100 px each.
const scale = createTimeScale({ firstYear: 2000, lastYear: 2009, weights: [], width: 1000 });

describe('layoutMarks', () => {
  it('sorts by date and centres points on their day or month', () => {
    const { marks } = layoutMarks([event('late', '2005-07-02'), event('early', '2001-01')], scale);
    expect(marks.map((m) => m.event.id)).toEqual(['early', 'late']);
    const [early, late] = marks;
    expect(early?.kind).toEqual({ shape: 'point', fill: 'solid' });
    expect((early?.left ?? 0) + MARK_SIZES.point / 2).toBeCloseTo(100 + (31 / 365 / 2) * 100, 6);
    expect(late?.width).toBe(MARK_SIZES.point);
  });

  it('draws spans from start to end, never narrower than a target', () => {
    const { marks } = layoutMarks([event('range', '2002/2004'), event('year', '2008')], scale);
    expect(marks[0]).toMatchObject({ left: 200, width: 300, kind: { shape: 'span' } });
    expect(marks[1]).toMatchObject({ left: 800, width: 100 });
    const narrow = createTimeScale({ firstYear: 2000, lastYear: 2009, weights: [], width: 100 });
    const [year] = layoutMarks([event('y', '2004')], narrow).marks;
    expect(year?.width).toBe(MARK_SIZES.minSpan);
    expect((year?.left ?? 0) + MARK_SIZES.minSpan / 2).toBeCloseTo(45, 6);
  });

  it('keeps marks inside the axis', () => {
    const { marks } = layoutMarks([event('first', '2000-01-01'), event('last', '2009-12-31')], scale);
    expect(marks[0]?.left).toBe(0);
    expect((marks[1]?.left ?? 0) + (marks[1]?.width ?? 0)).toBe(1000);
  });

  it('stacks overlapping marks in lanes and leaves the rest on the first', () => {
    const { marks, laneCount } = layoutMarks(
      [event('a', '2003'), event('b', '2003-06-01'), event('c', '2003-06-02'), event('d', '2007-01-01')],
      scale,
    );
    expect(laneCount).toBe(3);
    expect(Object.fromEntries(marks.map((m) => [m.event.id, m.lane]))).toEqual({ a: 0, b: 1, c: 2, d: 0 });
  });

  it('leaves out dates that do not parse', () => {
    expect(layoutMarks([event('bad', '2003-02-30')], scale).marks).toEqual([]);
  });
});

describe('describeDate', () => {
  it('adds precision and basis words where the date alone does not say them', () => {
    const describe = (e: TimelineEvent) => describeDate(e, DEFAULT_LABELS, formatDate);
    expect(describe(event('a', '2016-05-31'))).toBe('31 May 2016');
    expect(describe(event('b', '2013', { dateBasis: 'inferred' }))).toBe('2013 (year only, date inferred)');
    expect(describe(event('c', '2016-05-31', { dateBasis: 'other-report' }))).toBe(
      '31 May 2016 (date from another report)',
    );
    expect(describe(event('d', '1979/2002'))).toBe('1979–2002 (span of time)');
    expect(describe(event('e', '2020-08'))).toBe('August 2020 (month only)');
  });
});

describe('overlapsYears', () => {
  it('counts a stretch of time in a window of whole years when any part of it falls there', () => {
    expect(overlapsYears({ start: 2013, end: 2014 }, [2013, 2013])).toBe(true);
    expect(overlapsYears({ start: 2013, end: 2014 }, [2014, 2020])).toBe(false);
    expect(overlapsYears({ start: 2013, end: 2014 }, [2000, 2012])).toBe(false);
    expect(overlapsYears({ start: 1979, end: 2003 }, [2000, 2000])).toBe(true);
  });
});

describe('scrollTarget', () => {
  it('leaves a mark in view alone and centres one out of view, within the track', () => {
    expect(scrollTarget({ left: 100, width: 24 }, 0, 300, 1000)).toBeNull();
    expect(scrollTarget({ left: 500, width: 20 }, 0, 300, 1000)).toBe(360);
    expect(scrollTarget({ left: 990, width: 10 }, 0, 300, 1000)).toBe(700);
    expect(scrollTarget({ left: 10, width: 10 }, 500, 300, 1000)).toBe(0);
  });

  it('shows the start of a span wider than the view, and does nothing without a view', () => {
    expect(scrollTarget({ left: 400, width: 500 }, 0, 300, 1000)).toBe(400);
    expect(scrollTarget({ left: 400, width: 24 }, 0, 0, 1000)).toBeNull();
  });
});
