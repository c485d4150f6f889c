/** Walks the records of one file through their schema: invalid ones reported and left out, the rest kept. */
import * as v from 'valibot';
import { describeValue, isObject } from './describe-value.ts';
import { issueToError } from './schemas/issue-errors.ts';
import type { DataError } from './types.ts';

/** What the checks of one dataset share: the problems found so far, and how to name a kept record. */
export interface Checking {
  errors: DataError[];
  /** Each kept record's name as its file has it, e.g. `event "x" (index 3)`, for later messages. */
  names: Map<object, string>;
}

/** A fresh Checking for one run over a dataset. */
export function newChecking(): Checking {
  return { errors: [], names: new Map() };
}

/** How errors name a kept record: as the file has it, e.g. `event "x" (index 3)`. */
export function nameOf(checking: Checking, record: object): string {
  return checking.names.get(record) ?? '(record)';
}

/** How an error names a record: by its id where it has a usable one, always with its index. */
export function recordName(noun: string, index: number, item: unknown): string {
  const fields = isObject(item) ? item : {};
  const id = fields.id ?? (isObject(fields.properties) ? fields.properties.id : undefined);
  return typeof id === 'string' && id !== '' ? `${noun} "${id}" (index ${index})` : `${noun} ${index}`;
}

/**
 * Checks every record of a JSON array against `schema`.
 * @param file - the geodata file, e.g. "events.json"
 * @param noun - what a record is called in messages, e.g. "event" or "feature"
 * @returns the records that passed, as the schema outputs them (unknown members of a Feature dropped)
 */
export function checkRecords<T extends object>(
  file: string,
  noun: string,
  list: unknown,
  schema: v.GenericSchema<unknown, T>,
  checking: Checking,
): T[] {
  if (!Array.isArray(list)) {
    checking.errors.push({
      file,
      record: '(whole file)',
      field: '(top level)',
      expected: `a list of ${noun}s`,
      got: describeValue(list),
    });
    return [];
  }
  const kept: T[] = [];
  list.forEach((item: unknown, index) => {
    const record = recordName(noun, index, item);
    const result = v.safeParse(schema, item);
    if (!result.success) {
      checking.errors.push(...result.issues.map((issue) => issueToError(file, record, issue)));
      return;
    }
    kept.push(result.output);
    checking.names.set(result.output, record);
  });
  return kept;
}

/** True when `collection` could be read as a whole: a FeatureCollection with a list of features. */
export function isFeatureList(collection: unknown): collection is { features: unknown[] } {
  return isObject(collection) && collection.type === 'FeatureCollection' && Array.isArray(collection.features);
}

/** The features array of a GeoJSON FeatureCollection, or an error naming the file. */
export function featuresOf(file: string, collection: unknown, errors: DataError[]): unknown[] {
  if (isFeatureList(collection)) return collection.features;
  const isCollection = isObject(collection) && collection.type === 'FeatureCollection';
  errors.push({
    file,
    record: '(whole file)',
    field: isCollection ? 'features' : 'type',
    expected: isCollection ? 'a list of features' : '"FeatureCollection"',
    got: describeValue(isCollection ? collection.features : isObject(collection) ? collection.type : collection),
  });
  return [];
}
