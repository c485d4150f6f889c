// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { kB, ms, ratio, spread, table } from '../../../scripts/bench/report.mjs';

describe('report', () => {
  it('pads columns: the first to the left, the others to the right', () => {
    expect(
      table([
        ['kind', 'gzip', 'brotli'],
        ['App JS', '41.0 kB', '35.1 kB'],
        ['Fonts', '141.4 kB', ''],
      ]),
    ).toBe(['  kind        gzip   brotli', '  App JS   41.0 kB  35.1 kB', '  Fonts   141.4 kB'].join('\n'));
  });

  it('writes units and spreads', () => {
    expect(kB(123456)).toBe('123.5 kB');
    expect(ms(1234.56)).toBe('1235');
    expect(ms(4.26)).toBe('4.3');
    expect(spread({ median: 2.5, min: 2, max: 3, n: 4 }, (v) => v.toFixed(1))).toBe('2.5 [2.0–3.0]');
    expect(spread(undefined, String)).toBe('—');
    expect(ratio(1.234)).toBe('×1.23');
    expect(ratio(Number.NaN)).toBe('—');
    expect(spread({ median: Number.NaN, min: 1, max: 1, n: 1 }, String)).toBe('—');
  });
});
