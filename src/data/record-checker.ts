/** Reads fields of one untrusted record, collecting an error for each field that is not as expected. */
import type { DataError } from './types.ts';

const MAX_SHOWN = 60;

/** A short, printable rendering of a bad value for error messages. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  } catch {
    // JSON.parse accepts nesting deeper than JSON.stringify and String() can walk back (RangeError).
    text = Array.isArray(value) ? 'a list nested too deeply to show' : 'an object nested too deeply to show';
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Wraps one record (a JSON object) so each accessor returns the field's value when valid, or
 * undefined after recording a DataError that names file, record and field.
 */
export class RecordChecker {
  constructor(
    readonly file: string,
    readonly record: string,
    private readonly fields: Record<string, unknown>,
    /** Shared with nested checkers, so one list holds every problem of the record. */
    readonly errors: DataError[] = [],
    private readonly prefix = '',
  ) {}

  /** Records an error about `field` (relative to this record); `got` is the offending value, if any. */
  fail(field: string, expected: string, ...got: [unknown?]): undefined {
    this.errors.push({
      file: this.file,
      record: this.record,
      field: this.prefix + field,
      expected,
      ...(got.length > 0 ? { got: describeValue(got[0]) } : {}),
    });
    return undefined;
  }

  /**
   * A checker for the object in `field` (or for `value`, named `field` in errors, such as a list
   * item "citations[2]"), or undefined with an error when it is not an object.
   */
  nested(field: string, value: unknown = this.fields[field]): RecordChecker | undefined {
    if (!isObject(value)) return this.fail(field, 'an object', value);
    return new RecordChecker(this.file, this.record, value, this.errors, `${this.prefix}${field}.`);
  }

  has(field: string): boolean {
    return this.fields[field] !== undefined;
  }

  raw(field: string): unknown {
    return this.fields[field];
  }

  string(field: string, options: { optional?: boolean; maxLength?: number } = {}): string | undefined {
    const value = this.fields[field];
    if (value === undefined && options.optional) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      return this.fail(field, options.optional ? 'a non-empty text, or no field' : 'a non-empty text', value);
    }
    if (options.maxLength !== undefined && value.length > options.maxLength) {
      return this.fail(field, `a text of at most ${options.maxLength} characters`, `${value.length} characters`);
    }
    return value;
  }

  /** A text or explicit null (for facts a source does not show, such as an author). */
  stringOrNull(field: string): string | null | undefined {
    const value = this.fields[field];
    if (value === null) return null;
    if (typeof value === 'string' && value.trim() !== '') return value;
    return this.fail(field, 'a non-empty text, or null', value);
  }

  id(field: string): string | undefined {
    const value = this.string(field);
    if (value === undefined) return undefined;
    return ID_PATTERN.test(value) ? value : this.fail(field, 'an id in lowercase-kebab-case (a-z, 0-9, -)', value);
  }

  oneOf<T extends string | number>(field: string, allowed: readonly T[]): T | undefined {
    const value = this.fields[field];
    const match = allowed.find((candidate) => candidate === value);
    return match ?? this.fail(field, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, value);
  }

  number(field: string, options: { min?: number; max?: number; integer?: boolean } = {}): number | undefined {
    const value = this.fields[field];
    const { min = -Infinity, max = Infinity, integer = false } = options;
    const range = `${integer ? 'a whole number' : 'a number'}${min > -Infinity ? ` ≥ ${min}` : ''}${max < Infinity ? ` ≤ ${max}` : ''}`;
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.fail(field, range, value);
    if (value < min || value > max || (integer && !Number.isInteger(value))) return this.fail(field, range, value);
    return value;
  }

  boolean(field: string): boolean | undefined {
    const value = this.fields[field];
    return typeof value === 'boolean' ? value : this.fail(field, 'true or false', value);
  }

  /** An array of texts; `minItems` 1 demands at least one. */
  strings(field: string, options: { minItems?: number; optional?: boolean } = {}): string[] | undefined {
    const value = this.fields[field];
    if (value === undefined && options.optional) return undefined;
    const minItems = options.minItems ?? 0;
    const expected = `a list of non-empty texts${minItems > 0 ? ` with at least ${minItems}` : ''}`;
    if (!Array.isArray(value) || value.length < minItems) return this.fail(field, expected, value);
    const bad = value.findIndex((item) => typeof item !== 'string' || item.trim() === '');
    if (bad >= 0) return this.fail(`${field}[${bad}]`, 'a non-empty text', value[bad]);
    return value as string[];
  }

  /** An http(s) address; anything else (javascript:, data:, relative) is refused. */
  url(field: string, options: { nullable?: boolean; optional?: boolean } = {}): string | null | undefined {
    const value = this.fields[field];
    if (value === null && options.nullable) return null;
    if (value === undefined && options.optional) return undefined;
    const expected = `an http:// or https:// address${options.nullable ? ', or null' : ''}`;
    if (typeof value !== 'string') return this.fail(field, expected, value);
    try {
      const parsed = new URL(value);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return value;
    } catch {
      // Not a URL at all: reported below like any other bad address.
    }
    return this.fail(field, expected, value);
  }
}
