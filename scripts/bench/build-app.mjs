// @ts-check
/** Builds the app with `vite build`, on the real geodata/ or on another data folder. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Runs `vite build` in `root` into `outDir`, in a child process so each build reads its own
 * GEODATA_DIR and frees its memory. Throws with Vite's output when the build (or the data
 * validation it runs) fails.
 *
 * @param {{ root: string, outDir: string, geodataDir?: string }} options - geodataDir defaults to the app's geodata/
 * @returns {{ seconds: number }} how long the build took
 * @example buildApp({ root: '.', outDir: 'dist' })
 */
export function buildApp({ root, outDir, geodataDir }) {
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const started = performance.now();
  const env = { ...process.env };
  if (geodataDir === undefined) delete env.GEODATA_DIR;
  else env.GEODATA_DIR = geodataDir;
  const result = spawnSync(
    process.execPath,
    [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) {
    throw new Error(`vite build failed for ${geodataDir ?? 'geodata/'}:\n${result.stdout}\n${result.stderr}`);
  }
  return { seconds: (performance.now() - started) / 1000 };
}
