// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { markClasses, markKind } from '../../../src/timeline/mark-kind.ts';
import { NO_THEME_COLOR, THEME_COLORS, themeColor } from '../../../src/timeline/theme-colors.ts';
import { THEMES } from '../../../src/data/types.ts';

describe('markKind', () => {
  it('draws days and months as points, years and ranges as spans', () => {
    expect(markKind('day', 'stated').shape).toBe('point');
    expect(markKind('month', 'stated').shape).toBe('point');
    expect(markKind('year', 'stated').shape).toBe('span');
    expect(markKind('range', 'stated').shape).toBe('span');
  });

  it('draws stated dates solid, inferred and other-report dates hollow', () => {
    expect(markKind('day', 'stated').fill).toBe('solid');
    expect(markKind('day', 'inferred').fill).toBe('hollow');
    expect(markKind('year', 'other-report').fill).toBe('hollow');
  });

  it('names the classes that draw it', () => {
    expect(markClasses(markKind('range', 'inferred'))).toEqual(['timeline-mark-span', 'timeline-mark-hollow']);
  });
});

describe('theme colours', () => {
  it('has one distinct colour per theme, and colours a mark by its first theme', () => {
    expect(Object.keys(THEME_COLORS).sort()).toEqual([...THEMES].sort());
    expect(new Set(Object.values(THEME_COLORS)).size).toBe(THEMES.length);
    expect(themeColor(['mining', 'finance'])).toBe(THEME_COLORS.mining);
    expect(themeColor([])).toBe(NO_THEME_COLOR);
  });
});
