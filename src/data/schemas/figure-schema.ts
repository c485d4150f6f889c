/** A number an event's sources give: an amount of money, a count of people, a percentage. */
import * as v from 'valibot';
import { CURRENCIES, FIGURE_MEASURES } from '../types.ts';
import { number, oneOf, optionalText, record, text } from './fields.ts';

export const figureSchema = v.pipe(
  record({
    measure: oneOf(FIGURE_MEASURES),
    /** A plain number such as 138000000. */
    value: number({ min: 0 }),
    /** Required for amounts, and only for them. */
    currency: v.optional(oneOf(CURRENCIES)),
    /** Short words saying what the number counts, e.g. "Chinese investment to control the project". */
    label: text(),
    /** Our own words: why the number is doubtful or disputed, and what it was checked against. */
    caution: optionalText(),
  }),
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
);

/** A number the source gives. `currency` is present for amounts and absent otherwise. */
export type Figure = v.InferOutput<typeof figureSchema>;
