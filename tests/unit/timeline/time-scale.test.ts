// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisYears, contextRuns } from '../../../src/timeline/axis-ticks.ts';
import { createTimeScale, dateExtent, yearFraction, yearWeights } from '../../../src/timeline/time-scale.ts';

describe('dates as fractional years', () => {
  it('places a day within its year, counting leap years', () => {
    expect(yearFraction('2016-01-01')).toBe(2016);
    expect(yearFraction('2016-07-02')).toBe(2016.5);
    expect(yearFraction('2015-07-02')).toBeCloseTo(2015 + 182 / 365, 10);
    expect(yearFraction('not a date')).toBeNaN();
  });

  it('gives each date the whole stretch it can mean', () => {
    expect(dateExtent('2013')).toEqual({ start: 2013, end: 2014 });
    expect(dateExtent('1979/2002')).toEqual({ start: 1979, end: 2003 });
    expect(dateExtent('2016-07-02')).toEqual({ start: 2016.5, end: 2016 + 184 / 366 });
    const month = dateExtent('2016-05/2018');
    expect(month?.start).toBeCloseTo(2016 + 121 / 366, 10);
    expect(month?.end).toBe(2019);
    expect(dateExtent('2016-02-30')).toBeNull();
  });
});

describe('dateExtent, asked at every filter step', () => {
  it('works each text out once and hands out the same frozen answer', () => {
    const first = dateExtent('2016-05/2018');
    expect(dateExtent('2016-05/2018')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(dateExtent('not a date')).toBeNull();
  });
});

describe('yearWeights', () => {
  it('widens years where short events begin, up to a cap, and ignores long spans', () => {
    const extents = [
      { start: 2013, end: 2014 },
      { start: 2013.2, end: 2013.3 },
      ...Array.from({ length: 6 }, () => ({ start: 2014.5, end: 2014.6 })),
      { start: 2010, end: 2015 },
    ];
    expect(yearWeights(extents, 2010, 2015)).toEqual([1, 1, 1, 7, 10, 1]);
  });

  it('ignores events outside the axis', () => {
    expect(yearWeights([{ start: 1950, end: 1951 }], 1960, 1961)).toEqual([1, 1]);
  });
});

describe('createTimeScale', () => {
  const scale = createTimeScale({ firstYear: 2000, lastYear: 2002, weights: [1, 3, 1], width: 500 });

  it('maps years piecewise, each band as wide as its weight', () => {
    expect(scale.x(2000)).toBe(0);
    expect(scale.x(2001)).toBe(100);
    expect(scale.x(2001.5)).toBe(250);
    expect(scale.x(2002)).toBe(400);
    expect(scale.x(2003)).toBe(500);
    expect(scale.x(1990)).toBe(0);
    expect(scale.x(2100)).toBe(500);
  });

  it('inverts to fractional years and to whole years for the brush, clamped', () => {
    for (const t of [2000, 2000.3, 2001.25, 2002.9]) expect(scale.invert(scale.x(t))).toBeCloseTo(t, 10);
    expect(scale.yearAt(99)).toBe(2000);
    expect(scale.yearAt(100)).toBe(2001);
    expect(scale.yearAt(399)).toBe(2001);
    expect(scale.yearAt(-50)).toBe(2000);
    expect(scale.yearAt(500)).toBe(2002);
    expect(scale.yearAt(900)).toBe(2002);
  });

  it('is monotonic, spans the width, and inverts (property)', () => {
    const arbitraryScale = fc
      .record({
        firstYear: fc.integer({ min: 1900, max: 2000 }),
        span: fc.integer({ min: 0, max: 80 }),
        weights: fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 90 }),
        width: fc.integer({ min: 100, max: 4000 }),
      })
      .map(({ firstYear, span, weights, width }) =>
        createTimeScale({ firstYear, lastYear: firstYear + span, weights, width }),
      );
    fc.assert(
      fc.property(
        arbitraryScale,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s, a, b) => {
          const end = s.lastYear + 1;
          expect(s.x(s.firstYear)).toBe(0);
          expect(s.x(end)).toBeCloseTo(s.width, 6);
          const [t1, t2] = [a, b].map((f) => s.firstYear + f * (end - s.firstYear)).sort((p, q) => p - q) as [
            number,
            number,
          ];
          expect(s.x(t1)).toBeLessThanOrEqual(s.x(t2) + 1e-9);
          expect(s.invert(s.x(t1))).toBeCloseTo(t1, 6);
          const year = s.yearAt(a * s.width);
          expect(Number.isInteger(year)).toBe(true);
          expect(year).toBeGreaterThanOrEqual(s.firstYear);
          expect(year).toBeLessThanOrEqual(s.lastYear);
        },
      ),
    );
  });

  it('reports weights, and treats missing ones as context', () => {
    const short = createTimeScale({ firstYear: 2000, lastYear: 2001, weights: [3], width: 400 });
    expect(short.weight(2000)).toBe(3);
    expect(short.weight(2001)).toBe(1);
    expect(short.x(2001)).toBe(300);
  });
});

describe('axisYears', () => {
  it('labels years with events first, then decades, never letting labels collide', () => {
    const weights = Array.from({ length: 67 }, (_, i) => (1960 + i >= 2012 && 1960 + i <= 2016 ? 10 : 1));
    const scale = createTimeScale({ firstYear: 1960, lastYear: 2026, weights, width: 1000 });
    const years = axisYears(scale, 36);
    expect(years).toHaveLength(67);
    const labelled = years.filter((y) => y.labelled);
    expect(labelled.map((y) => y.year)).toEqual(
      expect.arrayContaining([1960, 1970, 1980, 1990, 2000, 2012, 2013, 2014, 2015, 2016, 2020]),
    );
    const starts = labelled.map((y) => y.start).sort((a, b) => a - b);
    for (let i = 1; i < starts.length; i += 1)
      expect((starts[i] ?? 0) - (starts[i - 1] ?? 0)).toBeGreaterThanOrEqual(36);
    // 2010 would crowd 2012, which has events; 1961 is neither a decade nor has events.
    expect(years.find((y) => y.year === 2010)?.labelled).toBe(false);
    expect(years.find((y) => y.year === 1961)?.labelled).toBe(false);
    expect(years.find((y) => y.year === 2013)?.focus).toBe(true);
  });

  it('never lets two labels collide or run off the end (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 67, maxLength: 67 }),
        fc.integer({ min: 300, max: 3000 }),
        (weights, width) => {
          const scale = createTimeScale({ firstYear: 1960, lastYear: 2026, weights, width });
          const starts = axisYears(scale, 34)
            .filter((y) => y.labelled)
            .map((y) => y.start)
            .sort((a, b) => a - b);
          starts.forEach((start, i) => {
            expect(start + 34).toBeLessThanOrEqual(width + 1e-9);
            if (i > 0) expect(start - (starts[i - 1] ?? 0)).toBeGreaterThanOrEqual(34 - 1e-9);
          });
        },
      ),
    );
  });
});

describe('contextRuns', () => {
  it('joins consecutive years without events into runs', () => {
    const scale = createTimeScale({ firstYear: 2000, lastYear: 2005, weights: [1, 1, 4, 1, 4, 1], width: 1200 });
    // 100 px a unit: 2000–2001 narrow, 2002 wide, 2003 narrow, 2004 wide, 2005 narrow.
    expect(contextRuns(axisYears(scale, 30))).toEqual([
      { start: 0, end: 200 },
      { start: 600, end: 700 },
      { start: 1100, end: 1200 },
    ]);
  });
});
