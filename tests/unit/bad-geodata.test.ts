/**
 * The bad-data corpus (tests/fixtures/bad-geodata/): each case folder holds the broken file(s) and a
 * case.json with the exact messages the loader must give and the records it must leave out. The
 * other files come from the valid minimal fixture, and everything valid in them must survive.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDataError, loadDataset, type DataTexts } from '../../src/data/load-dataset.ts';
import { DATA_FILES, type Dataset } from '../../src/data/types.ts';
import { minimalRawDataset } from '../fixtures/minimal-dataset.ts';

const CORPUS = join(import.meta.dirname, '../fixtures/bad-geodata');
const TODAY = '2026-11-22';
const KEYS = Object.keys(DATA_FILES) as (keyof Dataset)[];

interface BadCase {
  name: string;
  about: string;
  /** Files that do not exist in this case, e.g. "sources.json". */
  missing?: string[];
  /** formatDataError lines, in order; a trailing `*` stands for the JSON engine's own words. */
  errors: string[];
  /** Ids of the records the loader must leave out; every other record must be kept. */
  dropped: string[];
}

const CASES: BadCase[] = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({
    name: entry.name,
    ...(JSON.parse(readFileSync(join(CORPUS, entry.name, 'case.json'), 'utf8')) as Omit<BadCase, 'name'>),
  }));

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

    it('reports exactly the expected problems', () => {
      expect(check.ok).toBe(false);
      expect(messages).toHaveLength(badCase.errors.length);
      badCase.errors.forEach((expected, i) => {
        const prefix = expected.endsWith('*') ? expected.slice(0, -1) : undefined;
        if (prefix === undefined) expect(messages[i]).toBe(expected);
        else expect(messages[i]?.slice(0, prefix.length)).toBe(prefix);
      });
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
