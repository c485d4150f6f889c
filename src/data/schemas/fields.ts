/**
 * Field schemas shared by the records of geodata/. Each message is what the field was expected to
 * be, in words an editor reads ("a non-empty text"); `issue-errors.ts` turns a failed check into
 * `file, record, field: expected …, got …`.
 */
import * as v from 'valibot';
import { dateBounds, parsePartialDate, precisionOf } from '../dates.ts';
import { isObject } from '../describe-value.ts';

/** One message a field: within a field's pipe the first failed check is the one reported. */
const FIRST_ISSUE_ONLY = { abortPipeEarly: true } as const;

const TEXT = 'a non-empty text';
const OBJECT = 'an object';
const ID = 'an id in lowercase-kebab-case (a-z, 0-9, -)';
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_FORMS = 'a date YYYY, YYYY-MM or YYYY-MM-DD, or an interval START/END of those';
const SINGLE_DATE = 'a date YYYY, YYYY-MM or YYYY-MM-DD';
const FULL_DAY = 'a full date YYYY-MM-DD';

const isNotBlank = (text: string): boolean => text.trim() !== '';

/**
 * A text that is not blank.
 * @param options.message - what to say when it is not, e.g. "a non-empty text, or null" where null is allowed too
 * @param options.maxLength - the most characters allowed
 */
export function text(options: { message?: string; maxLength?: number } = {}) {
  const message = options.message ?? TEXT;
  const { maxLength } = options;
  const base = v.pipe(v.string(message), v.check(isNotBlank, message));
  if (maxLength === undefined) return v.config(base, FIRST_ISSUE_ONLY);
  return v.config(v.pipe(base, v.maxLength(maxLength, `a text of at most ${maxLength} characters`)), FIRST_ISSUE_ONLY);
}

/** A text that may be left out, but not left blank. */
export const optionalText = () => v.optional(text({ message: `${TEXT}, or no field` }));

/** A record's id: lowercase words joined by hyphens, as geodata/README.md asks. */
export const id = () => v.config(v.pipe(text(), v.regex(ID_PATTERN, ID)), FIRST_ISSUE_ONLY);

/** A list of non-empty texts (ids, names); `minItems` 1 demands at least one. */
export function textList(minItems = 0) {
  const message = `a list of non-empty texts${minItems > 0 ? ` with at least ${minItems}` : ''}`;
  return v.pipe(v.array(text(), message), v.minLength(minItems, message));
}

/** A list of records; its items report their own problems, under `field[i]`. */
export function list<const T extends v.GenericSchema>(item: T, minItems = 0) {
  const message = `a list${minItems > 0 ? ` of at least ${minItems}` : ''}`;
  return v.pipe(v.array(item, message), v.minLength(minItems, message));
}

/** One of a fixed set of values, listed in the message so the editor sees the choices. */
export function oneOf<const T extends readonly (string | number)[]>(options: T) {
  return v.picklist(options, `one of ${options.map((option) => JSON.stringify(option)).join(', ')}`);
}

/** A finite number, optionally a whole one and at least `min`. */
export function number(options: { min?: number; integer?: boolean } = {}) {
  const { min, integer = false } = options;
  const message = `${integer ? 'a whole number' : 'a number'}${min === undefined ? '' : ` ≥ ${min}`}`;
  const finite = v.pipe(v.number(message), v.finite(message));
  const whole = integer ? v.pipe(finite, v.integer(message)) : finite;
  return v.config(min === undefined ? whole : v.pipe(whole, v.minValue(min, message)), FIRST_ISSUE_ONLY);
}

/** true or false, nothing else (not "yes", not 1). */
export const boolean = () => v.boolean('true or false');

/** True for an http(s) address; javascript:, data:, relative paths and anything unparsable are not. */
function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** An http:// or https:// address: the only kind the popups ever turn into a link. */
export function httpUrl(message = 'an http:// or https:// address') {
  return v.config(v.pipe(v.string(message), v.check(isHttpUrl, message)), FIRST_ISSUE_ONLY);
}

const notAfter = (today: string) => `a date not after today (${today})`;

/**
 * A partial date (YYYY, YYYY-MM, YYYY-MM-DD) or, with `allowRange`, an interval START/END, whose
 * end does not begin after `today`: "2026" passes on 2026-11-22, "2016/2030" does not.
 */
export function partialDate(today: string, options: { allowRange: boolean }) {
  const forms = options.allowRange ? DATE_FORMS : SINGLE_DATE;
  const isForm = (value: string) => {
    const precision = precisionOf(value);
    return precision !== null && (options.allowRange || precision !== 'range');
  };
  const endsByToday = (value: string) => (dateBounds(value.split('/').pop() ?? value)?.start ?? '') <= today;
  return v.config(
    v.pipe(v.string(forms), v.check(isForm, forms), v.check(endsByToday, notAfter(today))),
    FIRST_ISSUE_ONLY,
  );
}

/** A full day YYYY-MM-DD, not after `today`. */
export function day(today: string) {
  const isDay = (value: string) => parsePartialDate(value)?.day !== undefined;
  return v.config(
    v.pipe(
      v.string(FULL_DAY),
      v.check(isDay, FULL_DAY),
      v.check((value) => value <= today, notAfter(today)),
    ),
    FIRST_ISSUE_ONLY,
  );
}

/**
 * What to say about a key of a record: a missing field gets the message its own schema gives for
 * "nothing" (so a missing title reads like an empty one), an unknown field the list of known ones.
 */
function keyMessage(entries: v.ObjectEntries, issue: v.BaseIssue<unknown>): string {
  const key = issue.path?.at(-1)?.key;
  if (typeof key !== 'string') return OBJECT;
  if (issue.expected === 'never') return `only the fields ${Object.keys(entries).join(', ')} (is "${key}" misspelt?)`;
  const entry = entries[key];
  return (entry && v.safeParse(entry, undefined).issues?.[0]?.message) ?? OBJECT;
}

/** An object schema with exactly these fields, reporting a missing or unknown one by name. */
function strictFields<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, (issue) => keyMessage(entries, issue));
}

/** An object schema with these fields, letting other fields pass unread. */
export function fields<const E extends v.ObjectEntries>(entries: E) {
  return v.object(entries, (issue) => keyMessage(entries, issue));
}

/** A JSON object (not null, not a list), then `schema`. */
export function objectThen<const S extends v.GenericSchema<Record<string, unknown>, unknown>>(schema: S) {
  return v.pipe(v.custom<Record<string, unknown>>(isObject, OBJECT), schema);
}

/**
 * A JSON object with exactly these fields: a missing field is reported by name, and so is an unknown
 * one, since a misspelt optional field ("dateNotes") would otherwise vanish without a word.
 */
export const record = <const E extends v.ObjectEntries>(entries: E) => objectThen(strictFields(entries));
