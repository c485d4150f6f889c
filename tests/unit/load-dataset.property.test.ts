/**
 * Property tests of the loader (fast-check): the minimal fixture with a few changes
 * (tests/fixtures/dataset-breakage.ts: bad values at any path, deleted fields, prototype keys, copied
 * or repeated records, truncated or random text, whole files replaced, copied or missing) must load
 * without throwing, with errors that name file, record and field, keeping every record of the files
 * it did not touch (and does not depend on) and only records that are valid by themselves. A failing
 * input is shrunk to the fewest, smallest changes that still fail it.
 *
 * Only the loader's public API is used: `loadDataset(texts)` and `formatDataError`.
 * Reproduce a failure with the seed and path fast-check prints:
 * `FC_SEED=<seed> FC_PATH=<path> npx vitest run tests/unit/load-dataset.property.test.ts`;
 * `FC_NUM_RUNS=20000` searches longer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDataError, loadDataset, type DataTexts } from '../../src/data/load-dataset.ts';
import { DATA_FILES, type DataError, type Dataset } from '../../src/data/types.ts';
import { breakageArb, filesTouched, textsWith } from '../fixtures/dataset-breakage.ts';
import { DATASET_KEYS, FIXTURE_TODAY, fixtureTexts } from '../fixtures/minimal-dataset.ts';

type DatasetCheck = ReturnType<typeof loadDataset>;

const RUN = {
  seed: Number(process.env.FC_SEED ?? 20261122),
  path: process.env.FC_PATH,
  numRuns: Number(process.env.FC_NUM_RUNS ?? 500),
};
/** About 2 ms a run on an idle two-core machine; the margin is for a busy one, and for shrinking. */
const TIMEOUT_MS = Math.max(30_000, RUN.numRuns * 20);
const FILE_NAMES = new Set<string>(Object.values(DATA_FILES));

const load = (texts: DataTexts): DatasetCheck => loadDataset(texts, FIXTURE_TODAY);

/** The ids of one file's records, in order. */
function idsIn(dataset: Dataset, key: keyof Dataset): string[] {
  const part = dataset[key];
  return Array.isArray(part) ? part.map((record) => record.id) : part.features.map((feature) => feature.properties.id);
}

/**
 * The files whose records a file's records name, and are left out without: an event citing a source
 * or naming a place that is gone is left out with it.
 */
const REFERS_TO: Record<keyof Dataset, (keyof Dataset)[]> = {
  sources: [],
  events: ['sources', 'places', 'stations', 'corridor'],
  places: [],
  stations: [],
  corridor: [],
};

/**
 * Problems a kept record can show only because another record was left out: a reference to it, a place
 * whose only events went, a station gap, the corridor gone. Anything else means a bad record was kept.
 */
function isCrossRecord(error: DataError): boolean {
  const { file, field, expected } = error;
  if (file === DATA_FILES.events) return /^(places\[\d+\]|citations\[\d+\]\.source|dateSources\[\d+\])$/.test(field);
  if (field === 'properties.id' && expected.startsWith('at least one event')) return true;
  if (file === DATA_FILES.stations) return field === 'properties.order';
  if (file === DATA_FILES.corridor)
    return field === 'features' || (field.startsWith('geometry.coordinates') && expected.includes('station'));
  return false;
}

// --- The properties ---------------------------------------------------------------------------

const valid = load(fixtureTexts());

describe('loadDataset on broken variants of the fixture', () => {
  it('starts from a fixture that loads whole', () => {
    expect(valid.ok ? [] : valid.errors.map(formatDataError)).toEqual([]);
  });

  it(
    'never throws, and each error names file, record and field, and what was expected',
    () => {
      fc.assert(
        fc.property(breakageArb, (breakage) => {
          const check = load(textsWith(breakage));
          expect(typeof check.ok).toBe('boolean');
          if (check.ok) {
            expect(check.value).toBe(check.dataset);
            return;
          }
          expect(check.errors.length).toBeGreaterThan(0);
          for (const error of check.errors) {
            expect(FILE_NAMES).toContain(error.file);
            for (const part of [error.record, error.field, error.expected]) expect(part.trim()).not.toBe('');
            if (error.got !== undefined) expect(typeof error.got).toBe('string');
            expect(
              formatDataError(error).startsWith(
                `geodata/${error.file}, ${error.record}, field "${error.field}": expected `,
              ),
            ).toBe(true);
          }
        }),
        RUN,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'keeps every record of the files it left intact, when the files they refer to are intact too',
    () => {
      fc.assert(
        fc.property(breakageArb, (breakage) => {
          const check = load(textsWith(breakage));
          const touched = filesTouched(breakage);
          const intact = DATASET_KEYS.filter((k) => !touched.has(k) && !REFERS_TO[k].some((f) => touched.has(f)));
          for (const key of intact) {
            expect(idsIn(check.dataset, key), DATA_FILES[key]).toEqual(idsIn(valid.dataset, key));
          }
        }),
        RUN,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'keeps only records that are valid by themselves',
    () => {
      fc.assert(
        fc.property(breakageArb, (breakage) => {
          const check = load(textsWith(breakage));
          // What was kept, written out and loaded again, may only miss what left-out records provided.
          const again = load(fixtureTexts(JSON.parse(JSON.stringify(check.dataset)) as Record<keyof Dataset, unknown>));
          const ownErrors = again.ok ? [] : again.errors.filter((error) => !isCrossRecord(error));
          expect(ownErrors.map(formatDataError)).toEqual([]);
          if (check.ok) expect(again.ok).toBe(true);
        }),
        RUN,
      );
    },
    TIMEOUT_MS,
  );

  it('is given mostly broken data: the generator tests something', () => {
    const samples = fc.sample(breakageArb, { seed: RUN.seed, numRuns: 500 });
    const refused = samples.filter((breakage) => !load(textsWith(breakage)).ok).length;
    expect(refused).toBeGreaterThan(samples.length * 0.8);
  });
});
