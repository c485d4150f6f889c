#!/usr/bin/env node
// @ts-check
/**
 * `npm run lighthouse`: Lighthouse (a devDependency, run through its Node API) on the built app and on
 * the bare MapLibre page made from the same build (see scripts/bench/bare-page.mjs), with the mobile
 * and desktop presets, 3 runs each in alternating order, each in a fresh Chromium: the median [min–max]
 * of the performance, accessibility and best-practices scores, Total Blocking Time, Largest
 * Contentful Paint and console errors, and the app − bare difference. Asserts nothing.
 *
 *   flock /tmp/browser-tests.lock npm run lighthouse [-- --runs N]
 *
 * Lighthouse drives Debian's Chromium (scripts/find-chromium.mjs); it downloads no browser.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { barePageUrl, captureAppView, writeBarePage } from './bench/bare-page.mjs';
import { buildApp } from './bench/build-app.mjs';
import { CHROMIUM_FLAGS, launchBenchBrowser } from './bench/chromium.mjs';
import { packageVersion } from './bench/environment.mjs';
import { PRESETS, runLighthouse } from './bench/lighthouse-run.mjs';
import { ms, spread, table } from './bench/report.mjs';
import { median, roundOrder, summarize } from './bench/stats.mjs';
import { serveFolders } from './bench/static-server.mjs';

const ROOT = resolve(fileURLToPath(new URL('../', import.meta.url)));
const DIST = resolve(ROOT, 'dist');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a whole number ≥ 1, got ${values.runs}`);

console.log('Building the app (vite build) …');
buildApp({ root: ROOT, outDir: DIST });
const server = await serveFolders({ app: DIST });
try {
  const appUrl = server.urlOf('app');
  // The bare page copies the app's box and first view at each preset's screen size.
  const { browser, executablePath } = await launchBenchBrowser();
  /** @type {Record<string, string>} */
  const bareUrls = {};
  try {
    for (const [preset, { viewport }] of Object.entries(PRESETS)) {
      const at = await captureAppView(browser, appUrl, { width: viewport.width, height: viewport.height });
      writeBarePage(DIST, at.style);
      bareUrls[preset] = barePageUrl(appUrl, at);
    }
  } finally {
    await browser.close();
  }
  console.log(`Lighthouse ${packageVersion('lighthouse')} in Chromium (${executablePath}), headless=new`);
  console.log(`  flags: --headless=new ${CHROMIUM_FLAGS.join(' ')}`);
  console.log(
    '  Software WebGL on a shared machine, and the presets simulate their own network and CPU: compare the\n' +
      '  app with the bare page measured alongside it, not with numbers from elsewhere.',
  );

  for (const preset of /** @type {(keyof typeof PRESETS)[]} */ (Object.keys(PRESETS))) {
    const { viewport } = PRESETS[preset];
    const urls = [appUrl, bareUrls[preset] ?? ''];
    /** @type {Awaited<ReturnType<typeof runLighthouse>>[][]} */
    const results = [[], []];
    for (let run = 0; run < runs; run += 1) {
      for (const side of roundOrder(run, 2)) {
        const started = performance.now();
        results[side]?.push(await runLighthouse(urls[side] ?? '', preset, executablePath));
        const seconds = ((performance.now() - started) / 1000).toFixed(0);
        process.stderr.write(`  ${preset}, ${side === 0 ? 'app' : 'bare'}, run ${run + 1}/${runs}: ${seconds} s\n`);
      }
    }
    const [app = [], bare = []] = results;
    const score = (/** @type {number} */ value) => value.toFixed(0);
    /** @type {[string, (r: Awaited<ReturnType<typeof runLighthouse>>) => number, (value: number) => string][]} */
    const rows = [
      ['performance', (r) => r.performance, score],
      ['accessibility', (r) => r.accessibility, score],
      ['best-practices', (r) => r.bestPractices, score],
      ['Total Blocking Time, ms', (r) => r.tbtMs, ms],
      ['Largest Contentful Paint, ms', (r) => r.lcpMs, ms],
      ['console errors', (r) => r.consoleErrors, score],
    ];
    console.log(
      `\n${preset} preset (${viewport.width}×${viewport.height} CSS px, DPR ${viewport.deviceScaleFactor}), ` +
        `median [min–max] of ${runs} runs each, alternating app and bare:`,
    );
    console.log(
      table([
        ['', 'app', 'bare MapLibre page', 'app − bare (medians)'],
        ...rows.map(([label, pick, format]) => {
          const a = app.map(pick);
          const b = bare.map(pick);
          const difference = median(a) - median(b);
          return [
            label,
            spread(summarize(a), format),
            spread(summarize(b), format),
            `${difference > 0 ? '+' : ''}${format(difference)}`,
          ];
        }),
      ]),
    );
    for (const [name, list] of /** @type {const} */ ([
      ['app', app],
      ['bare', bare],
    ])) {
      for (const text of new Set(list.flatMap((r) => r.errorTexts))) console.log(`  ${name}, console error: ${text}`);
      const failed = [...new Set(list.flatMap((r) => r.failedAudits))];
      console.log(`  ${name}, audits not passed: ${failed.join(', ') || 'none'}`);
    }
  }
} finally {
  await server.close();
}
