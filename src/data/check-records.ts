/** Walks the records of one file, giving each its own RecordChecker and a readable name. */
import { RecordChecker, describeValue, isObject } from './record-checker.ts';
import type { DataError } from './types.ts';

/** How an error names a record: by its id where it has a usable one, always with its index. */
export function recordName(noun: string, index: number, fields: Record<string, unknown>): string {
  const id = fields.id ?? (isObject(fields.properties) ? fields.properties.id : undefined);
  return typeof id === 'string' && id !== '' ? `${noun} "${id}" (index ${index})` : `${noun} ${index}`;
}

/**
 * Reads every record of a JSON array; records that fail are reported and left out, the rest kept.
 * @param read - returns the typed record, or undefined when the checker found an error
 * @param names - receives each kept record's name (with its index in the file), for later checks
 */
export function checkRecords<T extends object>(
  file: string,
  noun: string,
  list: unknown,
  errors: DataError[],
  read: (checker: RecordChecker) => T | undefined,
  names?: Map<object, string>,
): T[] {
  if (!Array.isArray(list)) {
    errors.push({
      file,
      record: '(whole file)',
      field: '(top level)',
      expected: `a list of ${noun}s`,
      got: describeValue(list),
    });
    return [];
  }
  const kept: T[] = [];
  list.forEach((item, index) => {
    if (!isObject(item)) {
      errors.push({
        file,
        record: `${noun} ${index}`,
        field: '(record)',
        expected: 'an object',
        got: describeValue(item),
      });
      return;
    }
    const checker = new RecordChecker(file, recordName(noun, index, item), item);
    const value = read(checker);
    errors.push(...checker.errors);
    if (value === undefined || checker.errors.length > 0) return;
    kept.push(value);
    names?.set(value, checker.record);
  });
  return kept;
}

/** The features array of a GeoJSON FeatureCollection, or an error. */
export function featuresOf(file: string, collection: unknown, errors: DataError[]): unknown[] {
  if (!isObject(collection) || collection.type !== 'FeatureCollection') {
    errors.push({
      file,
      record: '(whole file)',
      field: 'type',
      expected: '"FeatureCollection"',
      got: describeValue(isObject(collection) ? collection.type : collection),
    });
    return [];
  }
  if (!Array.isArray(collection.features)) {
    errors.push({
      file,
      record: '(whole file)',
      field: 'features',
      expected: 'a list of features',
      got: describeValue(collection.features),
    });
    return [];
  }
  return collection.features;
}

/** True when `collection` could be read as a whole: a FeatureCollection with a list of features. */
export function isFeatureList(collection: unknown): collection is { features: unknown[] } {
  return isObject(collection) && collection.type === 'FeatureCollection' && Array.isArray(collection.features);
}
