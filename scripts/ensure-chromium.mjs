// The one place that installs a Chromium for the browser tests: `npm test` runs it first, and so
// does CI's .ci/run. It finds one with find-chromium.mjs (CHROMIUM_PATH, then the usual paths);
// when there is none on a Debian machine, it installs Debian's `chromium` with apt-get, as root or
// through password-less sudo, never reading stdin; anywhere else it says how to get one and fails,
// rather than letting a browser test fail later for want of a browser.
import { spawnSync } from 'node:child_process';
import { CHROMIUM_CANDIDATES, findChromium } from './find-chromium.mjs';

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
 * How to run apt-get here: directly as root, through `sudo -n` (never prompting) otherwise.
 *
 * @returns {string[] | undefined} the command line prefix, or undefined when apt-get cannot be run
 */
function aptGet() {
  if (!hasCommand('apt-get')) return undefined;
  if (process.getuid?.() === 0) return ['apt-get'];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'] : undefined;
}

/**
 * Runs a command with no stdin (nothing may wait for an answer) and stops the script if it fails.
 *
 * @param {string[]} commandLine
 */
function run(commandLine) {
  const [command = '', ...args] = commandLine;
  console.log(`$ ${commandLine.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`"${commandLine.join(' ')}" failed (exit ${String(result.status ?? result.signal)}).`);
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
  const looked = [...(requested ? ['CHROMIUM_PATH'] : []), ...CHROMIUM_CANDIDATES].join(', ');
  const apt = aptGet();
  if (!apt) {
    console.error(`Chromium not found (looked at ${looked}), and apt-get cannot be run here as root.`);
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  console.log(`Chromium not found (looked at ${looked}): installing Debian's chromium package with apt-get ...`);
  run([...apt, 'update']);
  run([...apt, 'install', '-y', 'chromium']);
  chromium = findChromium();
  if (!chromium) {
    console.error('apt-get installed chromium, but no executable was found at the expected paths.');
    console.error(INSTALL_HINT);
    process.exit(1);
  }
}
console.log(`Using Chromium at ${chromium}`);
