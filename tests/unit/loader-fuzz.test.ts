/**
 * Seeded fuzzing of the loader: thousands of malformed variants of the minimal fixture (bad values at
 * random paths, deleted fields, prototype keys, truncated or random text, whole files replaced) must
 * each load without throwing, give well-formed errors, and keep only records that are valid by themselves.
 *
 * Reproduce a failure with the seed it prints: `FUZZ_SEED=<seed> npx vitest run tests/unit/loader-fuzz.test.ts`;
 * `FUZZ_INPUTS=20000` runs a longer search.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset, type DataTexts } from '../../src/data/load-dataset.ts';
import { validateDataset, type DatasetCheck, type RawDataset } from '../../src/data/validate-dataset.ts';
import { DATA_FILES, type DataError, type Dataset } from '../../src/data/types.ts';
import { getAt, minimalRawDataset, setAt } from '../fixtures/minimal-dataset.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122) >>> 0;
const INPUTS = Number(process.env.FUZZ_INPUTS ?? 2500);
const TODAY = '2026-11-22';
const KEYS = Object.keys(DATA_FILES) as (keyof Dataset)[];
const FILE_NAMES = new Set<string>(Object.values(DATA_FILES));

/** mulberry32 (Tommy Ettinger, public domain): a tiny 32-bit PRNG, plenty for choosing mutations. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random choices for one input, each input with a generator of its own so it can be rerun alone. */
class Dice {
  constructor(readonly next: () => number) {}
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
];
const TRICKY_STRINGS = [
  '',
  ' ',
  '\t\n',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '0x1F',
  '12,65',
  '138000000',
  '-0',
  '2016-02-30',
  '31 May 2016',
  '2016/2010',
  '2016-13',
  '9999-12-31',
  '0000-02-29',
  '2016/2030',
  '2016-05/2018',
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<b>x</b>',
  'https://example.org/?q=<script>',
  '//example.org',
  'articles/a.html',
  ...PROTOTYPE_KEYS,
  '\u0000',
  '\ud800',
  '\u202e',
  'A\u0301\u0302\u0303',
  '<img src=x onerror=alert(1)>',
  'capital-a',
  'place-b',
  's1',
  's2',
  'line',
  'doc-a',
  'attack-at-b',
  'Capital A',
  'day',
  'month',
  'year',
  'range',
  'amount',
  'killed',
  'USD',
  'security',
  'economy',
  'document',
  'corroborating',
  'stated',
  'inferred',
  'other-report',
  'local',
  'national',
  'capital',
  'village',
  'Feature',
  'FeatureCollection',
  'Point',
  'LineString',
  'MultiPoint',
];
const WHOLE_FILES = [
  '',
  ' ',
  'null',
  'true',
  '0',
  '-1',
  '"text"',
  '[]',
  '{}',
  '[null]',
  '[[]]',
  '[{}]',
  '{"type":"FeatureCollection"}',
  '{"type":"FeatureCollection","features":null}',
  '{"type":"FeatureCollection","features":{}}',
  '{"type":"FeatureCollection","features":[null, 1, "x"]}',
  '{"__proto__":{"polluted":true},"type":"FeatureCollection","features":[]}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '[{"__proto__":{"id":"x"}}]',
  '\uFEFF',
  '\uFEFF[]',
  'NaN',
  '[1e999]',
  '{"a":1,"a":2}',
];

/** A random JSON-able value; `depth` bounds nesting so the structured inputs stay small. */
function randomValue(dice: Dice, depth = 0): unknown {
  switch (dice.int(depth > 3 ? 6 : 10)) {
    case 0:
      return null;
    case 1:
      return dice.chance(0.5);
    case 2:
      return dice.pick([0, -0, -1, 1.5, 95, -181, 1e308, -1e308, 2 ** 53 + 2, 1e-320, (dice.next() - 0.5) * 400]);
    case 3:
      return dice.pick(TRICKY_STRINGS);
    case 4:
      return dice.chance(0.1) ? 'x'.repeat(100_000) : randomText(dice, dice.int(40));
    case 5:
      return dice.int(1000) - 500;
    case 6:
      return Array.from({ length: dice.int(4) }, () => randomValue(dice, depth + 1));
    case 7:
      return Object.fromEntries(
        Array.from({ length: dice.int(4) }, () => [
          dice.pick([...PROTOTYPE_KEYS, 'id', 'type', 'x']),
          randomValue(dice, depth + 1),
        ]),
      );
    case 8:
      return nestedArray(dice.int(60));
    default:
      return withOwnKey({}, dice.pick(PROTOTYPE_KEYS), randomValue(dice, depth + 1));
  }
}

function randomText(dice: Dice, length: number): string {
  return Array.from({ length }, () =>
    String.fromCharCode(dice.chance(0.7) ? 32 + dice.int(95) : dice.int(0x10000)),
  ).join('');
}

function nestedArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Sets an own key even when it is `__proto__` (plain assignment would change the prototype instead). */
function withOwnKey<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** getAt that tolerates a path an earlier change cut short. */
function valueAt(root: unknown, path: string): unknown {
  const parent = path.includes('.') ? valueAt(root, path.slice(0, path.lastIndexOf('.'))) : root;
  return typeof parent === 'object' && parent !== null
    ? getAt(parent, path.slice(path.lastIndexOf('.') + 1))
    : undefined;
}

/** Every dotted path to a value in the fixture, containers included. */
function pathsOf(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.keys(node).flatMap((key) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...pathsOf((node as Record<string, unknown>)[key], path)];
  });
}

const FIXTURE_PATHS = pathsOf(minimalRawDataset());

function textsOf(raw: RawDataset): DataTexts {
  return Object.fromEntries(
    KEYS.map((key) => [key, raw[key] === undefined ? undefined : JSON.stringify(raw[key])]),
  ) as DataTexts;
}

/** One change to the parsed fixture; returns what it did, for failure messages. */
function mutateValue(raw: RawDataset, dice: Dice): string {
  const path = dice.pick(FIXTURE_PATHS);
  const parentPath = path.split('.').slice(0, -1).join('.');
  const parent = parentPath ? valueAt(raw, parentPath) : raw;
  if (typeof parent !== 'object' || parent === null) return `(skipped ${path}: an earlier change removed its parent)`;
  switch (dice.int(6)) {
    case 0:
      setAt(raw, path, undefined);
      return `deleted ${path}`;
    case 1: {
      const key = dice.pick(PROTOTYPE_KEYS);
      const target = getAt(raw, path);
      const holder = typeof target === 'object' && target !== null ? target : parent;
      withOwnKey(holder, key, randomValue(dice));
      return `added own key ${key} near ${path}`;
    }
    case 2: {
      const from = dice.pick(FIXTURE_PATHS);
      const value = valueAt(raw, from);
      setAt(raw, path, structuredClone(value) ?? null);
      return `copied ${from} to ${path}`;
    }
    case 3:
      if (Array.isArray(parent) && parent.length > 0) {
        const index = dice.int(parent.length);
        if (dice.chance(0.5)) parent.splice(index, 1);
        else parent.splice(index, 0, structuredClone(parent[index]) as unknown);
        return `removed or repeated item ${index} of ${parentPath}`;
      }
      setAt(raw, path, randomValue(dice));
      return `set ${path}`;
    default: {
      const value = randomValue(dice);
      setAt(raw, path, value);
      return `set ${path} to ${preview(value)}`;
    }
  }
}

/** One change to the text of one file. */
function mutateText(texts: DataTexts, dice: Dice): string {
  const key = dice.pick(KEYS);
  const text = texts[key] ?? '';
  switch (dice.int(8)) {
    case 0: {
      const at = dice.int(text.length + 1);
      texts[key] = text.slice(0, at);
      return `truncated ${key} at ${at}`;
    }
    case 1:
      texts[key] = randomText(dice, dice.int(300));
      return `random characters in ${key}`;
    case 2: {
      const at = dice.int(text.length + 1);
      texts[key] =
        text.slice(0, at) +
        dice.pick(['"', ',', '}', ']', '{', '[', '\\', '\u0000', 'NaN', '//', '\uFEFF']) +
        text.slice(at);
      return `inserted a character in ${key} at ${at}`;
    }
    case 3: {
      const at = dice.int(text.length);
      texts[key] = text.slice(0, at) + text.slice(at + 1 + dice.int(40));
      return `cut a span of ${key} at ${at}`;
    }
    case 4:
      texts[key] = dice.pick(WHOLE_FILES);
      return `replaced ${key} with ${JSON.stringify(texts[key])}`;
    case 5: {
      const other = dice.pick(KEYS);
      texts[key] = texts[other];
      return `${key} holds the text of ${other}`;
    }
    case 6: {
      // Deep nesting is slow to parse; a few dozen such inputs are enough.
      if (dice.chance(0.9)) return mutateText(texts, dice);
      const depth = dice.pick([1000, 10_000, 10_000, 100_000]);
      texts[key] = '['.repeat(depth) + ']'.repeat(depth);
      return `${key} is a list nested ${depth} deep`;
    }
    default:
      texts[key] = undefined;
      return `${key} is missing`;
  }
}

/** A deeply nested list as one field's value, written into the text (it is too deep to build as JSON first). */
function deepField(raw: RawDataset, dice: Dice): { texts: DataTexts; what: string } {
  const path = dice.pick(FIXTURE_PATHS);
  setAt(raw, path, '@@DEEP@@');
  const depth = dice.pick([2000, 20_000]);
  const texts = textsOf(raw);
  for (const key of KEYS) texts[key] = texts[key]?.replace('"@@DEEP@@"', '['.repeat(depth) + ']'.repeat(depth));
  return { texts, what: `${path} is a list nested ${depth} deep` };
}

function preview(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
  } catch {
    return '(unprintable)';
  }
}

/** A malformed input: the fixture's texts with a few changes, and what the changes were. */
function makeInput(index: number): { texts: DataTexts; what: string[] } {
  const dice = new Dice(mulberry32(SEED ^ Math.imul(index + 1, 0x9e3779b9)));
  const raw = minimalRawDataset();
  const kind = dice.int(40);
  if (kind === 0 && dice.chance(0.5)) {
    const { texts, what } = deepField(raw, dice);
    return { texts, what: [what] };
  }
  const what: string[] = [];
  if (kind <= 27) for (let n = 1 + dice.int(3); n > 0; n--) what.push(mutateValue(raw, dice));
  const texts = textsOf(raw);
  if (kind >= 20) for (let n = 1 + dice.int(2); n > 0; n--) what.push(mutateText(texts, dice));
  return { texts, what };
}

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

function problemsWith(check: DatasetCheck): string[] {
  const problems: string[] = [];
  const ok: unknown = check.ok;
  if (typeof ok !== 'boolean') problems.push(`ok is ${String(ok)}`);
  const { dataset } = check;
  const shapeOk =
    Array.isArray(dataset.sources) &&
    Array.isArray(dataset.events) &&
    (['places', 'stations', 'corridor'] as const).every(
      (key) => dataset[key].type === 'FeatureCollection' && Array.isArray(dataset[key].features),
    );
  if (!shapeOk) return [...problems, 'the dataset does not have the Dataset shape'];
  if (check.ok) {
    if (check.value !== dataset) problems.push('ok, but value is not the dataset');
  } else {
    if (!Array.isArray(check.errors) || check.errors.length === 0) problems.push('not ok, but no errors');
    for (const error of check.errors) {
      const blank = (['file', 'record', 'field', 'expected'] as const).filter(
        (key) => typeof error[key] !== 'string' || error[key].trim() === '',
      );
      if (blank.length) problems.push(`error with empty ${blank.join(', ')}: ${preview(error)}`);
      if (!FILE_NAMES.has(error.file)) problems.push(`error names an unknown file: ${preview(error)}`);
      if (error.got !== undefined && typeof error.got !== 'string')
        problems.push(`error.got is not text: ${preview(error)}`);
    }
  }
  // What was kept is itself valid: read back, it may only miss what other, left-out records provided.
  const again = validateDataset(JSON.parse(JSON.stringify(dataset)) as RawDataset, TODAY);
  const ownErrors = again.ok ? [] : again.errors.filter((error) => !isCrossRecord(error));
  for (const error of ownErrors)
    problems.push(`a kept record is invalid: ${error.file} ${error.record} ${error.field}: ${error.expected}`);
  if (check.ok && !again.ok) problems.push('ok, but the dataset does not validate again');
  return problems;
}

describe(`the loader under ${INPUTS} malformed inputs (seed ${SEED})`, () => {
  it('never throws, reports well-formed errors and keeps only valid records', () => {
    const failures: string[] = [];
    let refused = 0;
    for (let index = 0; index < INPUTS && failures.length < 20; index++) {
      const { texts, what } = makeInput(index);
      const label = `seed ${SEED}, input ${index} (${what.join('; ')})`;
      let check: DatasetCheck;
      try {
        check = loadDataset(texts, TODAY);
      } catch (error) {
        failures.push(`${label}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        continue;
      }
      if (!check.ok) refused++;
      for (const problem of problemsWith(check)) failures.push(`${label}: ${problem}`);
    }
    expect(failures, `FUZZ_SEED=${SEED}`).toEqual([]);
    // The generator must mostly produce bad data, or it tests nothing.
    expect(refused).toBeGreaterThan(INPUTS * 0.8);
    // About 2 s on an idle two-core machine; the margin is for a busy one.
  }, 30_000);

  it('is deterministic: the same seed gives the same inputs', () => {
    expect(makeInput(7)).toEqual(makeInput(7));
    expect(makeInput(7)).not.toEqual(makeInput(8));
  });
});
