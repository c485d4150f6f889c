/**
 * The date checks now live in the schemas (src/data/schemas/fields.ts) and `todayIso` in dates.ts;
 * this name stays only for modules that still import `todayIso` from here (src/panel/share.ts).
 */
export { todayIso } from './dates.ts';
