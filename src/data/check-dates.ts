/** Date fields: well formed, precision stated to match, never in the future. */
import { dateBounds, parsePartialDate, precisionOf } from './dates.ts';
import type { RecordChecker } from './record-checker.ts';

/** Today as YYYY-MM-DD (UTC); a parameter so tests can pin it. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const DATE_FORMS = 'a date YYYY, YYYY-MM or YYYY-MM-DD, or an interval START/END of those';

/** A date or interval in `field`; neither of its ends may begin after `today` ("2016/2030" is refused). */
export function checkDate(
  checker: RecordChecker,
  field: string,
  today: string,
  options: { allowRange: boolean },
): string | undefined {
  const value = checker.string(field);
  if (value === undefined) return undefined;
  const precision = precisionOf(value);
  if (precision === null || (precision === 'range' && !options.allowRange)) {
    return checker.fail(field, options.allowRange ? DATE_FORMS : 'a date YYYY, YYYY-MM or YYYY-MM-DD', value);
  }
  // The end's earliest day, so "2026" is allowed on 2026-11-22 but "2016/2030" is not.
  const end = dateBounds(value.split('/').pop() ?? value);
  if (end && end.start > today) return checker.fail(field, `a date not after today (${today})`, value);
  return value;
}

/** A full day YYYY-MM-DD, not after `today`. */
export function checkDay(checker: RecordChecker, field: string, today: string): string | undefined {
  const value = checker.string(field);
  if (value === undefined) return undefined;
  const date = parsePartialDate(value);
  if (!date || date.day === undefined) return checker.fail(field, 'a full date YYYY-MM-DD', value);
  return value > today ? checker.fail(field, `a date not after today (${today})`, value) : value;
}
