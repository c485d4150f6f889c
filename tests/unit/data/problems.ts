/** Runs one schema on a value and lists its problems as the loader would word them. */
import * as v from 'valibot';
import { issueToError } from '../../../src/data/schemas/issue-errors.ts';
import { getAt, minimalRawDataset, setAt } from '../../fixtures/minimal-dataset.ts';

export const TODAY = '2026-11-22';

export type Problem = { field: string; expected: string; got?: string };

/** The problems `schema` finds in `value`: field, expected, got (no file or record: the schema does not know them). */
export function problems(schema: v.GenericSchema, value: unknown): Problem[] {
  const result = v.safeParse(schema, value);
  if (result.success) return [];
  return result.issues.map((issue) => {
    const { field, expected, got } = issueToError('file', 'record', issue);
    return got === undefined ? { field, expected } : { field, expected, got };
  });
}

/** A copy of one record of the minimal fixture, e.g. "events.0", with each path set (undefined deletes). */
export function fixtureRecord(path: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  const record = structuredClone(getAt(minimalRawDataset(), path)) as Record<string, unknown>;
  for (const [field, value] of Object.entries(changes)) setAt(record, field, value);
  return record;
}
