/**
 * The bad-data corpus (tests/fixtures/bad-geodata/): each case folder holds the broken file(s), a
 * case.json saying what is broken and which records the loader must leave out, and expected.txt,
 * the loader's messages for the case. The other files come from the valid minimal fixture, and
 * everything valid in them must survive.
 *
 * expected.txt is written by the loader, and only on purpose, as Turf does with its fixtures:
 *
 *   REGEN=1 npx vitest run tests/unit/bad-geodata.test.ts
 *
 * then read the change with `git diff tests/fixtures/bad-geodata`. Without REGEN, messages that
 * differ from expected.txt fail the test, which prints the difference.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDataError, loadDataset, type DataTexts } from '../../src/data/load-dataset.ts';
import { DATA_FILES, type Dataset } from '../../src/data/types.ts';
import { DATASET_KEYS, FIXTURE_TODAY, fixtureTexts } from '../fixtures/minimal-dataset.ts';

const CORPUS = join(import.meta.dirname, '../fixtures/bad-geodata');
const REGEN = process.env.REGEN === '1';
const REGEN_COMMAND = 'REGEN=1 npx vitest run tests/unit/bad-geodata.test.ts';

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

/** Whether the case folder replaces (or removes) this file. */
function touches(badCase: BadCase, key: keyof Dataset): boolean {
  return existsSync(join(CORPUS, badCase.name, DATA_FILES[key])) || (badCase.missing ?? []).includes(DATA_FILES[key]);
}

function caseTexts(badCase: BadCase): DataTexts {
  const texts = fixtureTexts();
  for (const key of DATASET_KEYS) {
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

/**
 * The messages as expected.txt holds them: one a line, with the JSON parser's own words (which
 * change between Node versions) replaced by a placeholder.
 */
function expectedText(messages: string[]): string {
  const stable = messages.map((message) =>
    message.replace(/(field "\(syntax\)": expected valid JSON; got ).*$/s, "$1<the JSON parser's message>"),
  );
  return `${stable.join('\n')}\n`;
}

const valid = loadDataset(fixtureTexts(), FIXTURE_TODAY);

describe('the bad-data corpus', () => {
  it('starts from a valid fixture', () => {
    expect(valid.ok ? [] : valid.errors.map(formatDataError)).toEqual([]);
  });

  it('has a case for every kind of breakage, each listed in its README', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    const readme = readFileSync(join(CORPUS, 'README.md'), 'utf8');
    for (const { name } of CASES) expect(readme, `README.md lists ${name}`).toContain(`\`${name}\``);
  });

  describe.each(CASES)('$name: $about', (badCase) => {
    const check = loadDataset(caseTexts(badCase), FIXTURE_TODAY);

    it('is refused with the messages in its expected.txt', () => {
      expect(check.ok).toBe(false);
      const file = join(CORPUS, badCase.name, 'expected.txt');
      const actual = expectedText(check.ok ? [] : check.errors.map(formatDataError));
      if (REGEN) {
        writeFileSync(file, actual);
        return;
      }
      expect(existsSync(file), `${file} is missing: write it with ${REGEN_COMMAND}`).toBe(true);
      expect(
        actual,
        `The loader's messages differ from ${badCase.name}/expected.txt. If the change is meant, run ${REGEN_COMMAND} and review the diff.`,
      ).toBe(readFileSync(file, 'utf8'));
    });

    it('leaves out only the broken records', () => {
      for (const key of DATASET_KEYS) {
        const expected = idsIn(valid.dataset, key).filter((id) => !badCase.dropped.includes(id));
        expect(idsIn(check.dataset, key), DATA_FILES[key]).toEqual(expected);
      }
    });

    it('keeps every record of the files it does not touch, unchanged', () => {
      for (const key of DATASET_KEYS.filter((k) => !touches(badCase, k))) {
        expect(check.dataset[key], DATA_FILES[key]).toEqual(valid.dataset[key]);
      }
    });
  });
});
