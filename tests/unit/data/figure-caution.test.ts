import { describe, expect, it } from 'vitest';
import { CAUTION_THRESHOLDS, figureSchema } from '../../../src/data/schemas/figure-schema.ts';
import { problems } from './problems.ts';

const amount = (currency: 'USD' | 'XOF', value: number, caution?: string) =>
  problems(figureSchema(), {
    measure: 'amount',
    value,
    currency,
    label: 'A loan',
    ...(caution ? { caution } : {}),
    fr: { label: 'Un prêt', ...(caution ? { caution: 'Un total cumulé sur 25 ans, non une somme unique.' } : {}) },
  });

describe('a caution on amounts of the order of Mali’s GDP', () => {
  it('sets the thresholds at US$3 billion and XOF 1.5 trillion', () => {
    expect(CAUTION_THRESHOLDS).toEqual({ USD: 3_000_000_000, XOF: 1_500_000_000_000 });
  });

  it.each([
    ['USD', 3_000_000_000, 'US$3,000,000,000'],
    ['XOF', 1_500_000_000_000, 'XOF 1,500,000,000,000'],
  ] as const)('wants a caution on %s %d and more', (currency, threshold, shown) => {
    expect(amount(currency, threshold - 1)).toEqual([]);
    expect(amount(currency, threshold)).toEqual([
      {
        field: 'caution',
        expected: `a caution saying why the amount is doubtful and what it was checked against, since an amount of ${shown} or more is of the order of Mali's whole GDP around 2002`,
        got: 'nothing',
      },
    ]);
    expect(amount(currency, threshold * 20, 'A cumulative total over 25 years, not one sum.')).toEqual([]);
  });

  it('leaves counts alone, however large', () => {
    expect(
      problems(figureSchema(), {
        measure: 'personnel',
        value: 5_000_000_000,
        label: 'People',
        fr: { label: 'Personnes' },
      }),
    ).toEqual([]);
  });

  it('says nothing of a caution while the amount itself is wrong', () => {
    expect(
      problems(figureSchema(), { measure: 'amount', value: 5e9, label: 'A loan', fr: { label: 'Un prêt' } }).map(
        (p) => p.field,
      ),
    ).toEqual(['currency']);
  });
});
