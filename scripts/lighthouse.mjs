// `npm run lighthouse`: Lighthouse's accessibility score for the built page.
//
// Builds dist/ (vite build), serves it with `vite preview`, and runs Lighthouse 12 (fetched by npx
// from the npm registry on first use; it is not a dependency, so `npm ci` stays lean) against it in
// Debian's Chromium. Prints the score and every failed audit. Asserts nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { findChromium } from './find-chromium.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const chromium = findChromium();
if (!chromium) {
  console.error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');
  process.exit(1);
}

await build({ root: ROOT, logLevel: 'warn' });
const server = await preview({ root: ROOT, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0];
if (url === undefined) throw new Error('vite preview reported no local address');
console.log(`Serving the build at ${url}`);
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
try {
  const report = join(out, 'report.json');
  // Asynchronous: the preview server answers from this same process while Lighthouse runs.
  const status = await new Promise((done) =>
    spawn(
      'npx',
      [
        '--yes',
        'lighthouse@12',
        url,
        '--only-categories=accessibility',
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --no-first-run',
      ],
      { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromium } },
    ).on('close', done),
  );
  if (status !== 0) throw new Error(`lighthouse exited with ${status}`);
  const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`Lighthouse ${url} accessibility score: ${Math.round(categories.accessibility.score * 100)}`);
  for (const ref of categories.accessibility.auditRefs) {
    const audit = audits[ref.id];
    if (audit.score !== null && audit.score < 1) console.log(`  failed: ${ref.id} — ${audit.title}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
  await server.close();
}
