/**
 * Builds the app with Vite on any geodata folder: the browser project's global setup builds
 * geodata/ into dist/, and hostile-text.test.ts builds its fixture into a folder of its own.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This checkout. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildAppOptions {
  /** The checkout to build (its vite.config.ts, index.html and src/); default {@link REPO_ROOT}. */
  appRoot?: string;
}

/**
 * Runs `vite build` with `GEODATA_DIR=geodataDir` into `outDir` (emptied first), and fails with
 * Vite's output when the build fails (bad geodata fails it too). A child process, because vitest
 * sets NODE_ENV=test in its own, and Vite would then make a non-production build.
 *
 * @param geodataDir - the data folder to build on, e.g. tests/fixtures/hostile-geodata
 * @param outDir - where the built files go
 * @param options - which checkout to build
 * @example
 * await buildApp(join(REPO_ROOT, 'geodata'), join(REPO_ROOT, 'dist'));
 */
export async function buildApp(geodataDir: string, outDir: string, options: BuildAppOptions = {}): Promise<void> {
  const appRoot = options.appRoot ?? REPO_ROOT;
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const env: NodeJS.ProcessEnv = { ...process.env, GEODATA_DIR: geodataDir };
  delete env.NODE_ENV;
  const output: string[] = [];
  const args = [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  const exitCode = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: appRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (exitCode !== 0) {
    throw new Error(`vite build of ${appRoot} on ${geodataDir} failed (exit ${String(exitCode)}):\n${output.join('')}`);
  }
}
