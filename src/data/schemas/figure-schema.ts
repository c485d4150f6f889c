/** A number an event's sources give: an amount of money, a count of people, a percentage. */
import * as v from 'valibot';
import { CURRENCIES, FIGURE_MEASURES, type Currency } from '../types.ts';
import { number, oneOf, optionalText, record, text } from './fields.ts';
import { translated, translations } from './translations.ts';

/**
 * Amounts from which a figure must carry a `caution`. One amount this large is of the order of Mali's
 * whole GDP around 2002 (about US$3.3 billion), so it is more likely a total over many years, a
 * projection or a misreading than one sum, and the reader should be told what it was checked against.
 * The XOF threshold is about the same sum at roughly 500 CFA francs to the dollar.
 */
export const CAUTION_THRESHOLDS = {
  USD: 3_000_000_000,
  XOF: 1_500_000_000_000,
} as const satisfies Record<Currency, number>;

const CURRENCY_LABELS: Record<Currency, string> = { USD: 'US$', XOF: 'XOF ' };

/** True for an amount at or over its currency's CAUTION_THRESHOLDS. */
export function needsCaution(figure: { measure?: string; value?: number; currency?: Currency }): boolean {
  const { measure, value, currency } = figure;
  return measure === 'amount' && currency !== undefined && value !== undefined && value >= CAUTION_THRESHOLDS[currency];
}

function cautionMessage(issue: v.BaseIssue<{ currency?: Currency }>): string {
  const currency = issue.input.currency ?? 'USD';
  const threshold = `${CURRENCY_LABELS[currency]}${CAUTION_THRESHOLDS[currency].toLocaleString('en-US')}`;
  return `a caution saying why the amount is doubtful and what it was checked against, since an amount of ${threshold} or more is of the order of Mali's whole GDP around 2002`;
}

/** A figure's own words, which each translation gives again in its language. */
function figureTexts() {
  return {
    /** Short words saying what the number counts, e.g. "Chinese investment to control the project". */
    label: text(),
    /** Our own words: why the number is doubtful or disputed, and what it was checked against. */
    caution: optionalText(),
  };
}

/** The fields of a figure that are translated. */
export const FIGURE_TEXT_FIELDS = Object.keys(figureTexts()) as (keyof ReturnType<typeof figureTexts>)[];

/** One of an event's `figures`: a currency on amounts only, and a caution on amounts over CAUTION_THRESHOLDS. */
export function figureSchema() {
  const texts = figureTexts();
  return v.pipe(
    translated(
      record({
        measure: oneOf(FIGURE_MEASURES),
        /** A plain number such as 138000000. */
        value: number({ min: 0 }),
        /** Required for amounts, and only for them. */
        currency: v.optional(oneOf(CURRENCIES)),
        label: texts.label,
        caution: texts.caution,
        /** The same texts in each other language: `"fr": { "label": … }`. */
        ...translations(texts),
      }),
      FIGURE_TEXT_FIELDS,
    ),
    v.forward(
      v.partialCheck(
        [['measure'], ['currency']],
        (figure) => (figure.measure === 'amount') === (figure.currency !== undefined),
        (issue) =>
          issue.input.measure === 'amount'
            ? `one of ${CURRENCIES.map((c) => JSON.stringify(c)).join(', ')}, since the figure is an amount`
            : 'no currency, since the figure is not an amount',
      ),
      ['currency'],
    ),
    v.forward(
      v.partialCheck(
        [['measure'], ['value'], ['currency'], ['caution']],
        (figure) => !needsCaution(figure) || figure.caution !== undefined,
        cautionMessage,
      ),
      ['caution'],
    ),
  );
}

/** A number the source gives. `currency` is present for amounts and absent otherwise. */
export type Figure = v.InferOutput<ReturnType<typeof figureSchema>>;
