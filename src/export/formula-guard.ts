/** Keeps a spreadsheet from running a cell of an export as a formula (CSV injection). */

/**
 * First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula or a
 * command: = + - @, tab and carriage return (OWASP, "CSV Injection").
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/**
 * Prefixes text that a spreadsheet would evaluate with an apostrophe, so it shows as text instead
 * of running (`=cmd|' /C calc'!A0` must never start a program). The apostrophe stays visible in
 * the cell and in the file: a reader who wants the original text drops a leading apostrophe that
 * stands before one of {@link FORMULA_TRIGGERS}. Apply it to text columns only: a bare number such
 * as the longitude -8.00198 is not a formula and must stay a number.
 *
 * @param text - a cell's text
 * @returns the text, with a leading apostrophe when it starts with a trigger
 * @example
 * guardFormula("=cmd|' /C calc'!A0") // "'=cmd|' /C calc'!A0"
 * guardFormula('Faléa') // 'Faléa'
 */
export function guardFormula(text: string): string {
  return FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger)) ? `'${text}` : text;
}
