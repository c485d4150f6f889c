/** RFC 4180 encoding of a table of strings, as a spreadsheet opens it: BOM, quoted fields, CRLF. */

/**
 * The UTF-8 byte order mark. RFC 4180 does not need it, but Excel reads a CSV without it in the
 * system's legacy code page, so "Faléa" would show as "FalÃ©a"; with it, Excel reads UTF-8.
 */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 ends every record, the last included, with CRLF. */
export const CSV_LINE_END = '\r\n';

/** A field needs quotes when it holds the delimiter, a quote or a line break (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Encodes rows of fields as RFC 4180 CSV: a field holding a comma, a double quote, CR or LF is
 * wrapped in double quotes, and each double quote inside it is doubled (§2.7); records end with
 * CRLF; the text starts with a UTF-8 BOM. Fields are written as given: guarding spreadsheet
 * formulas is the caller's choice, per column (see `guardFormula`).
 *
 * @param rows - the header row first, then one row a record, each of the same length
 * @returns the CSV text, to be saved as UTF-8
 * @example
 * encodeCsv([['id', 'title'], ['a', 'Hello, "world"']])
 * // '\uFEFFid,title\r\na,"Hello, ""world"""\r\n'
 */
export function encodeCsv(rows: readonly (readonly string[])[]): string {
  const field = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  return UTF8_BOM + rows.map((row) => row.map(field).join(',') + CSV_LINE_END).join('');
}
