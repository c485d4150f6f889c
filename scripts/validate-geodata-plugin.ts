/**
 * A Vite plugin that validates geodata/ before every build, so bad data fails `npm run build` with a
 * message naming file, record, field and what was expected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatDataError, loadDataset, type DataTexts } from '../src/data/load-dataset.ts';
import { DATA_FILES, type Dataset } from '../src/data/types.ts';

/** Reads every geodata file named in DATA_FILES from `folder`; a missing file reads as undefined. */
export function readGeodataTexts(folder: string): DataTexts {
  const texts = {} as DataTexts;
  for (const key of Object.keys(DATA_FILES) as (keyof Dataset)[]) {
    try {
      texts[key] = readFileSync(join(folder, DATA_FILES[key]), 'utf8');
    } catch {
      texts[key] = undefined;
    }
  }
  return texts;
}

export function validateGeodata(folder = join(process.cwd(), 'geodata')): Plugin {
  return {
    name: 'validate-geodata',
    buildStart() {
      const check = loadDataset(readGeodataTexts(folder));
      if (!check.ok) {
        const lines = check.errors.map(formatDataError);
        this.error(`geodata/ has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n  ${lines.join('\n  ')}`);
      }
    },
  };
}
