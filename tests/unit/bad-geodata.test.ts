/**
 * The bad-data corpus (tests/fixtures/bad-geodata/): each case folder holds the broken file(s), a
 * case.json saying what is broken and which records the loader must leave out, and an expected.txt
 * with the exact messages it must give. The other files come from the valid minimal fixture, and
 * everything valid in them must survive.
 *
 * The messages are regenerated on purpose, as Turf does its fixtures:
 * `REGEN=1 npx vitest run tests/unit/bad-geodata.test.ts` rewrites every expected.txt; read the
 * diff before committing it. Without REGEN a message that differs fails the test.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/dataset-index.ts';
import { formatDataError, loadDataset, type DataTexts } from '../../src/data/load-dataset.ts';
import { DATA_FILES, type Dataset } from '../../src/data/types.ts';
import { externalLink } from '../../src/dom.ts';
import { buildPlacePopup } from '../../src/popups/place-popup.ts';
import { minimalRawDataset } from '../fixtures/minimal-dataset.ts';

const CORPUS = join(import.meta.dirname, '../fixtures/bad-geodata');
const TODAY = '2026-11-22';
const KEYS = Object.keys(DATA_FILES) as (keyof Dataset)[];
const REGEN = process.env.REGEN === '1';

interface BadCase {
  name: string;
  about: string;
  /** Files that do not exist in this case, e.g. "sources.json". */
  missing?: string[];
  /** Ids of the records the loader must leave out; every other record must be kept. */
  dropped: string[];
}

const CASES: BadCase[] = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({
    name: entry.name,
    ...(JSON.parse(readFileSync(join(CORPUS, entry.name, 'case.json'), 'utf8')) as Omit<BadCase, 'name'>),
  }));

/** The JSON engine's own words differ between Node versions: expected.txt keeps `*` in their place. */
const ENGINE_WORDS = /^(.*field "\(syntax\)": expected valid JSON; got ).*$/;

/** A case's messages as expected.txt holds them, one a line. */
function expectedLines(messages: string[]): string[] {
  return messages.map((message) => message.replace(ENGINE_WORDS, '$1*'));
}

/** expected.txt of a case, written anew under REGEN=1. */
function expectedMessages(badCase: BadCase, messages: string[]): string[] {
  const path = join(CORPUS, badCase.name, 'expected.txt');
  if (REGEN)
    writeFileSync(
      path,
      expectedLines(messages)
        .map((line) => `${line}\n`)
        .join(''),
    );
  if (!existsSync(path))
    throw new Error(`${path} is missing: run REGEN=1 npx vitest run tests/unit/bad-geodata.test.ts`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

function validTexts(): DataTexts {
  const raw = minimalRawDataset();
  return Object.fromEntries(KEYS.map((key) => [key, JSON.stringify(raw[key], null, 2)])) as DataTexts;
}

/** Whether the case folder replaces (or removes) this file. */
function touches(badCase: BadCase, key: keyof Dataset): boolean {
  return existsSync(join(CORPUS, badCase.name, DATA_FILES[key])) || (badCase.missing ?? []).includes(DATA_FILES[key]);
}

function caseTexts(badCase: BadCase): DataTexts {
  const texts = validTexts();
  for (const key of KEYS) {
    const path = join(CORPUS, badCase.name, DATA_FILES[key]);
    if ((badCase.missing ?? []).includes(DATA_FILES[key])) texts[key] = undefined;
    else if (existsSync(path)) texts[key] = readFileSync(path, 'utf8');
  }
  return texts;
}

/** The ids of one file's records in a dataset, in order. */
function idsIn(dataset: Dataset, key: keyof Dataset): string[] {
  const part = dataset[key];
  return Array.isArray(part) ? part.map((record) => record.id) : part.features.map((feature) => feature.properties.id);
}

const valid = loadDataset(validTexts(), TODAY);

describe('the bad-data corpus', () => {
  it('starts from a valid fixture', () => {
    expect(valid.ok ? [] : valid.errors.map(formatDataError)).toEqual([]);
  });

  it('has a case for every kind of breakage, each listed in its README', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    const readme = readFileSync(join(CORPUS, 'README.md'), 'utf8');
    for (const { name } of CASES) expect(readme, `README.md lists ${name}`).toContain(`\`${name}\``);
  });

  it('accepts a file that starts with a UTF-8 byte-order mark', () => {
    const texts = validTexts();
    const check = loadDataset({ ...texts, events: `\uFEFF${texts.events ?? ''}` }, TODAY);
    expect(check.ok ? [] : check.errors.map(formatDataError)).toEqual([]);
  });

  describe.each(CASES)('$name: $about', (badCase) => {
    const check = loadDataset(caseTexts(badCase), TODAY);
    const messages = check.ok ? [] : check.errors.map(formatDataError);

    it('reports exactly the messages of its expected.txt (REGEN=1 rewrites them)', () => {
      expect(check.ok).toBe(false);
      expect(expectedLines(messages)).toEqual(expectedMessages(badCase, messages));
    });

    it('leaves out only the broken records', () => {
      for (const key of KEYS) {
        const expected = idsIn(valid.dataset, key).filter((id) => !badCase.dropped.includes(id));
        expect(idsIn(check.dataset, key), DATA_FILES[key]).toEqual(expected);
      }
    });

    it('keeps every record of the files it does not touch, unchanged', () => {
      for (const key of KEYS.filter((k) => !touches(badCase, k))) {
        expect(check.dataset[key], DATA_FILES[key]).toEqual(valid.dataset[key]);
      }
    });
  });
});

describe('an address that is not http(s) never becomes a link', () => {
  const UNSAFE = [
    'javascript:alert(document.domain)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'articles/a.html',
  ];

  /** Popup of "place-b", whose event cites the fixture's only source. */
  function popupWithSourceUrl(dataset: Dataset): HTMLElement {
    const place = dataset.places.features.find((f) => f.properties.id === 'place-b');
    if (!place) throw new Error('the fixture has no place-b');
    return buildPlacePopup(place, indexDataset(dataset));
  }

  it.each(UNSAFE)('%j in sources.json: refused, and the popup names the source as text', (url) => {
    const raw = minimalRawDataset();
    const texts = { ...validTexts(), sources: JSON.stringify([{ ...(raw.sources as object[])[0], url }]) };
    const check = loadDataset(texts, TODAY);
    expect(check.ok ? [] : check.errors.map((e) => e.field)).toEqual(['url']);
    const popup = popupWithSourceUrl(check.dataset);
    expect(popup.querySelectorAll('a')).toHaveLength(0);
    expect(popup.querySelector('.citation')?.textContent).toContain('doc-a');
  });

  it.each(UNSAFE)('%j reaching the popup builder anyway (validator bypassed): plain text, no <a>', (url) => {
    const dataset = valid.dataset;
    const [source] = dataset.sources;
    if (!source) throw new Error('the fixture has a source');
    const popup = popupWithSourceUrl({ ...dataset, sources: [{ ...source, url }] });
    expect(popup.querySelectorAll('a')).toHaveLength(0);
    expect(popup.querySelector('.citation-title')?.textContent).toBe('Document A');
    expect(externalLink(url, 'x').tagName).toBe('SPAN');
  });

  it('an http(s) address does become a safe link (the check above can fail)', () => {
    const popup = popupWithSourceUrl(valid.dataset);
    const link = popup.querySelector('a');
    expect(link?.href).toBe('https://example.org/a');
    expect(link?.rel).toBe('noopener noreferrer');
  });
});
