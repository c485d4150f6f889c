// First step of `npm test`: make sure a Chromium exists for the browser tests.
// On a fresh Debian machine (CI) where we are root, install Debian's package;
// anywhere else, say how to get one instead of failing later inside a test.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const INSTALL_HINT = [
  'Install one, for example on Debian or Ubuntu:',
  '  sudo apt-get update && sudo apt-get install -y chromium',
  'or point CHROMIUM_PATH at an existing Chromium or Chrome executable:',
  '  CHROMIUM_PATH=/path/to/chromium npm test',
].join('\n');

/**
 * @param {string} command
 * @returns {boolean} whether `command` is on PATH
 */
function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Runs a command with the terminal's stdio and stops the script if it fails.
 *
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`"${command} ${args.join(' ')}" failed (exit ${String(result.status ?? result.signal)}).`);
    console.error(INSTALL_HINT);
    process.exit(1);
  }
}

const requested = process.env.CHROMIUM_PATH?.trim();
let chromium = findChromium();
if (requested && chromium !== requested) {
  console.warn(`CHROMIUM_PATH=${requested} is not an executable file; looking in the usual places.`);
}
if (!chromium) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasCommand('apt-get')) {
    console.error(
      'Chromium not found (looked at CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome).',
    );
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  console.log("Chromium not found: installing Debian's chromium package with apt-get ...");
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
  chromium = findChromium();
  if (!chromium) {
    console.error('apt-get installed chromium, but no executable was found at the expected paths.');
    console.error(INSTALL_HINT);
    process.exit(1);
  }
}
console.log(`Using Chromium at ${chromium}`);
