/** Turns the text of the geodata files into a checked Dataset, reporting unreadable files by name. */
import { validateDataset, type DatasetCheck, type RawDataset } from './validate-dataset.ts';
import { DATA_FILES, type DataError, type Dataset } from './types.ts';

/** Each file's text; undefined for a file that does not exist. */
export type DataTexts = Record<keyof Dataset, string | undefined>;

/** Parses one file's JSON; an empty or broken file becomes an error naming it, not an exception. */
export function parseJsonFile(file: string, text: string | undefined): { value: unknown } | { error: DataError } {
  if (text === undefined)
    return {
      error: { file, record: '(whole file)', field: '(content)', expected: 'the file to exist', got: 'no such file' },
    };
  if (text.trim() === '')
    return { error: { file, record: '(whole file)', field: '(content)', expected: 'JSON data', got: 'an empty file' } };
  try {
    // Some editors start UTF-8 files with a byte-order mark, which JSON.parse refuses.
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return { error: { file, record: '(whole file)', field: '(syntax)', expected: 'valid JSON', got: message } };
  }
}

/**
 * @param texts - each geodata file's text, by dataset key
 * @param today - YYYY-MM-DD, for the "not in the future" check
 */
export function loadDataset(texts: DataTexts, today?: string): DatasetCheck {
  const parseErrors: DataError[] = [];
  const raw = {} as RawDataset;
  for (const key of Object.keys(DATA_FILES) as (keyof Dataset)[]) {
    const parsed = parseJsonFile(DATA_FILES[key], texts[key]);
    if ('error' in parsed) parseErrors.push(parsed.error);
    raw[key] = 'value' in parsed ? parsed.value : undefined;
  }
  const check = validateDataset(raw, today);
  if (parseErrors.length === 0) return check;
  const errors = [...parseErrors, ...(check.ok ? [] : check.errors)];
  return { ok: false, errors, dataset: check.dataset };
}

/** One line per error: `events.json, event "x" (index 3), field "date": expected …; got …`. */
export function formatDataError(error: DataError): string {
  const got = error.got === undefined ? '' : `; got ${error.got}`;
  return `geodata/${error.file}, ${error.record}, field "${error.field}": expected ${error.expected}${got}`;
}
