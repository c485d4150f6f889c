import { describe, expect, it } from 'vitest';
import { dateBounds, formatDate, parsePartialDate, precisionOf } from '../../src/data/dates.ts';

describe('partial dates', () => {
  it('reads years, months and days, and refuses impossible ones', () => {
    expect(parsePartialDate('2016')).toEqual({ year: 2016 });
    expect(parsePartialDate('2016-05')).toEqual({ year: 2016, month: 5 });
    expect(parsePartialDate('2016-05-31')).toEqual({ year: 2016, month: 5, day: 31 });
    expect(parsePartialDate('2016-02-30')).toBeNull();
    expect(parsePartialDate('2016-13')).toBeNull();
    expect(parsePartialDate('May 2016')).toBeNull();
    expect(parsePartialDate('16-05-31')).toBeNull();
  });

  it('derives precision from the form, including intervals', () => {
    expect(precisionOf('2025-05-12')).toBe('day');
    expect(precisionOf('2025-05')).toBe('month');
    expect(precisionOf('2025')).toBe('year');
    expect(precisionOf('1979/2002')).toBe('range');
    expect(precisionOf('2002/1979')).toBeNull();
    expect(precisionOf('1979/')).toBeNull();
  });

  it('gives the first and last day a date can mean', () => {
    expect(dateBounds('2016-05')).toEqual({ start: '2016-05-01', end: '2016-05-31' });
    expect(dateBounds('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateBounds('1979/2002')).toEqual({ start: '1979-01-01', end: '2002-12-31' });
    expect(dateBounds('nonsense')).toBeNull();
  });

  it('answers the same each time, even after a caller changed what it was given (the bounds are kept per text)', () => {
    const first = dateBounds('2016-05');
    if (first) first.start = 'changed';
    expect(dateBounds('2016-05')).toEqual({ start: '2016-05-01', end: '2016-05-31' });
    expect(dateBounds('nonsense')).toBeNull();
  });

  it('formats no more precisely than the data', () => {
    expect(formatDate('2012-09-25')).toBe('25 September 2012');
    expect(formatDate('2016-05')).toBe('May 2016');
    expect(formatDate('2013')).toBe('2013');
    expect(formatDate('1979/2002')).toBe('1979–2002');
  });
});
