// @vitest-environment node
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapEvent } from '../../../src/data/types.ts';
import { encodeCsv } from '../../../src/export/csv-encode.ts';
import { buildExportMetadata } from '../../../src/export/dataset-metadata.ts';
import { EVENTS_CSV_COLUMNS, eventsToCsv, LIST_SEPARATOR } from '../../../src/export/events-csv.ts';
import { FORMULA_TRIGGERS, guardFormula } from '../../../src/export/formula-guard.ts';
import { exportDataset, FORMULA } from '../../fixtures/export-dataset.ts';

const metadata = buildExportMetadata({
  title: 'China–Mali relations: a sourced map',
  version: '0.1.0',
  link: 'https://example.org/#7/12.65/-8&themes=mining,security',
  now: new Date('2026-11-22T12:00:00Z'),
});

/** Parses CSV strictly: CRLF is the only record delimiter, every record has the header's columns. */
function parseCsv(csv: string): string[][] {
  return parse(csv, { bom: true, record_delimiter: ['\r\n'], relax_column_count: false }) as string[][];
}

/** The events' rows as objects keyed by column name. */
function parseEvents(csv: string): Record<string, string>[] {
  const [header, ...records] = parseCsv(csv);
  expect(header).toEqual(EVENTS_CSV_COLUMNS);
  return records.map((record) => Object.fromEntries(EVENTS_CSV_COLUMNS.map((name, i) => [name, record[i] ?? ''])));
}

/** Undoes guardFormula: drops an apostrophe standing before a trigger. */
function unguard(cell: string): string {
  return cell.startsWith("'") && FORMULA_TRIGGERS.some((trigger) => cell.startsWith(trigger, 1)) ? cell.slice(1) : cell;
}

const list = (cell: string | undefined) => unguard(cell ?? '').split(LIST_SEPARATOR);

describe('events as CSV', () => {
  const dataset = exportDataset();
  const csv = eventsToCsv(dataset.events, dataset, metadata);
  const rows = parseEvents(csv);
  const row = (id: string) => rows.find((r) => r.id === id) ?? {};

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has one row an event, in order', () => {
    expect(rows.map((r) => r.id)).toEqual(dataset.events.map((e) => e.id));
  });

  it('gives back every text field exactly, line breaks, quotes, accents and right-to-left text included', () => {
    for (const event of dataset.events) {
      const r = row(event.id);
      expect(unguard(r.title ?? '')).toBe(event.title);
      expect(unguard(r.summary ?? '')).toBe(event.summary);
      expect(unguard(r.date_note ?? '')).toBe(event.dateNote ?? '');
      expect(unguard(r.caution ?? '')).toBe(event.caution ?? '');
      expect(r.date).toBe(event.date);
      expect(r.date_precision).toBe(event.datePrecision);
      expect(r.date_basis).toBe(event.dateBasis);
      expect(r.scope).toBe(event.scope);
      expect(list(r.place_ids)).toEqual(event.places);
      expect(list(r.themes)).toEqual(event.themes);
      expect(r.actors === '' ? [] : list(r.actors)).toEqual(event.actors);
      expect(list(r.source_ids)).toEqual(event.citations.map((c) => c.source));
      expect(list(r.quotes)).toEqual(event.citations.map((c) => c.quote));
    }
    expect(row('hostile-event').summary).toContain('\r\nSecond line\nThird line; \u202Eevil');
    expect(row('falea-exploration').place_names).toBe('Faléa | Site "B", near Kéniéba');
    expect(list(row('hostile-event').actors)).toContain('جماعة نصرة الإسلام والمسلمين');
  });

  it('adds the French texts in their own columns after the English ones, empty where the English is', () => {
    const translated = ['title_fr', 'date_note_fr', 'summary_fr', 'caution_fr', 'figures_fr'];
    expect(EVENTS_CSV_COLUMNS.slice(EVENTS_CSV_COLUMNS.indexOf('quotes') + 1, -5)).toEqual(translated);
    for (const event of dataset.events) {
      const r = row(event.id);
      expect(unguard(r.title_fr ?? '')).toBe(event.fr?.title);
      expect(unguard(r.summary_fr ?? '')).toBe(event.fr?.summary);
      expect(unguard(r.date_note_fr ?? '')).toBe(event.fr?.dateNote ?? '');
      expect(unguard(r.caution_fr ?? '')).toBe(event.fr?.caution ?? '');
    }
    expect(row('hostile-event').title_fr).toBe(`'=HYPERLINK("x") en français`);
    expect(list(row('hostile-event').figures_fr)).toEqual([
      'Casque bleu tué: 1',
      'aide promise, « total »: 138000000 USD [caution: Un autre rapport donne 120 000 000]',
    ]);
    expect(row('loan-national').figures_fr).toBe('part de la dette: 45.5%');
    expect(row('falea-exploration').caution_fr).toBe('');
  });

  it('writes figures as "label: value unit", with their caution', () => {
    expect(list(row('hostile-event').figures)).toEqual([
      'peacekeeper killed: 1',
      'pledged aid, "total": 138000000 USD [caution: Another report gives 120,000,000]',
    ]);
    expect(row('loan-national').figures).toBe('share of the debt: 45.5%');
    expect(row('falea-exploration').figures).toBe('');
  });

  it('guards every text cell a spreadsheet would run as a formula', () => {
    expect(row('hostile-event').title).toBe(`'${FORMULA}`);
    expect(row('hostile-event').caution).toBe(`'+ Figures disputed, see "notes"`);
    expect(row('hostile-event').date_note).toBe(`'-1 day from the report, "roughly"`);
    expect(row('hostile-event').actors?.startsWith("'@MINUSMA | ")).toBe(true);
    expect(row('falea-exploration').summary).toBe("'\tTabbed summary about uranium near Faléa.");
    expect(row('falea-exploration').date_note).toBe("'@ start of the licence, inferred");
    expect(row('loan-national').quotes).toBe("'=SUM(1+1) is not a formula here");
    for (const r of rows) {
      for (const [name, cell] of Object.entries(r)) {
        if (name === 'longitudes' || name === 'latitudes') continue;
        expect(
          FORMULA_TRIGGERS.some((trigger) => cell.startsWith(trigger)),
          `${r.id} ${name}`,
        ).toBe(false);
      }
    }
  });

  it('keeps a single negative longitude a bare number', () => {
    const r = row('loan-national');
    expect(r.longitudes).toBe('-8.00198');
    expect(Number(r.longitudes)).toBe(-8.00198);
    expect(r.latitudes).toBe('12.65196');
    expect(r.place_precisions).toBe('1 (exact)');
  });

  it('lists one coordinate and precision a place, empty for the corridor, a list guarded as text', () => {
    const r = row('hostile-event');
    expect(r.longitudes).toBe("'-8.00198 | -11.43 | ");
    expect(list(r.longitudes).map((v) => (v === '' ? null : Number(v)))).toEqual([-8.00198, -11.43, null]);
    expect(list(r.latitudes).map((v) => (v === '' ? null : Number(v)))).toEqual([12.65196, 14.45, null]);
    expect(list(r.place_names)).toEqual(['Bamako', 'Kayes', 'Dakar–Bamako railway']);
    expect(list(r.place_precisions)).toEqual(['1 (exact)', '1 (exact)', '']);
    expect(list(row('falea-exploration').place_precisions)).toEqual(['3 (district)', '2 (near)']);
  });

  it('repeats version, day, licence, attribution and link on every row', () => {
    for (const r of rows) {
      expect(r.dataset_version).toBe('0.1.0');
      expect(r.generated).toBe('2026-11-22');
      expect(r.licence).toBe('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
      expect(r.attribution).toContain('Made with Natural Earth');
      expect(r.view_link).toBe(metadata.link);
    }
  });

  it('writes the header alone for no events', () => {
    expect(parseCsv(eventsToCsv([], dataset, metadata))).toEqual([EVENTS_CSV_COLUMNS]);
  });
});

describe('CSV round trip (property)', () => {
  const hostile = fc.constantFrom(
    'a',
    'é',
    ',',
    '"',
    '\r',
    '\n',
    '\r\n',
    '=',
    '+',
    '-',
    '@',
    '\t',
    "'",
    ' ',
    'ع',
    '\u202E',
  );
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: hostile }));

  it('parses any table of strings back exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.array(text, { minLength: 4, maxLength: 4 })),
        (n, rows) => {
          const table = rows.map((row) => row.slice(0, n));
          const parsed = table.length === 0 ? [] : parseCsv(encodeCsv(table));
          expect(parsed).toEqual(table);
        },
      ),
    );
  });

  it('gives back any title and summary of an event, guarded when it starts like a formula', () => {
    const dataset = exportDataset();
    const base = dataset.events[0] as MapEvent;
    fc.assert(
      fc.property(text, text, (title, summary) => {
        const [r] = parseEvents(eventsToCsv([{ ...base, title, summary }], dataset, metadata));
        expect(r?.title).toBe(guardFormula(title));
        expect(r?.summary).toBe(guardFormula(summary));
      }),
    );
  });
});
