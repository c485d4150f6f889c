/** Small helpers for untrusted JSON: is it an object, and how to show a bad value in a message. */

const MAX_SHOWN = 60;

/** A short, printable rendering of a bad value for error messages. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    // JSON.stringify gives undefined only for functions and symbols: name their kind instead.
    text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? `a ${typeof value}`);
  } catch {
    // JSON.parse accepts nesting deeper than JSON.stringify and String() can walk back (RangeError).
    text = Array.isArray(value) ? 'a list nested too deeply to show' : 'an object nested too deeply to show';
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** A JSON object: not null, not a list. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
