/** Turns valibot's issues into DataErrors that name file, record, field and what was expected. */
import type * as v from 'valibot';
import { describeValue } from '../describe-value.ts';
import type { DataError } from '../types.ts';

/**
 * The field an issue is about, as an editor finds it in the file: `citations[2].quote`,
 * `properties.precision`, `geometry.coordinates[3]`; `(record)` for the record itself.
 */
export function fieldOf(path: readonly v.IssuePathItem[] | undefined): string {
  const field = (path ?? []).reduce<string>((name, item) => {
    const key = item.key;
    if (typeof key === 'number') return `${name}[${key}]`;
    return name === '' ? String(key) : `${name}.${String(key)}`;
  }, '');
  return field === '' ? '(record)' : field;
}

/** What was found: the value at the issue's path, or for a text too long, its length. */
function gotOf(issue: v.BaseIssue<unknown>): string | undefined {
  // An unknown field: the message names it, and its value says nothing more.
  if (issue.expected === 'never') return undefined;
  const last = issue.path?.at(-1);
  const value: unknown = last ? last.value : issue.input;
  if (issue.type === 'max_length' && typeof value === 'string') return `${value.length} characters`;
  return describeValue(value);
}

/**
 * @param file - the geodata file, e.g. "events.json"
 * @param record - how the record is named, e.g. `event "gao-camp-attack-2016" (index 11)`
 * @param issue - one issue of `v.safeParse`, whose message is the expectation written in the schema
 * @example issueToError('events.json', 'event 3', issue) // { file, record, field: 'date', expected: 'a date …', got: '"31 May 2016"' }
 */
export function issueToError(file: string, record: string, issue: v.BaseIssue<unknown>): DataError {
  const got = gotOf(issue);
  return { file, record, field: fieldOf(issue.path), expected: issue.message, ...(got === undefined ? {} : { got }) };
}
