// Makes sure the Debian packages the test suites use are there, like `playwright install --with-deps`: the missing ones
// are installed when running as root with apt-get; otherwise it prints the command to run and exits non-zero.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, command))) return join(dir, command);
  }
  return null;
}

// soffice alone also comes with LibreOffice Calc; the docx → PDF conversion needs Writer's library next to it.
function hasWriter() {
  const soffice = which('soffice');
  return soffice !== null && existsSync(join(dirname(realpathSync(soffice)), 'libswlo.so'));
}

function hasDejaVuSans() {
  if (existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')) return true;
  if (!which('fc-list')) return false;
  const listed = spawnSync('fc-list', ['DejaVu Sans', 'file'], { encoding: 'utf8' });
  return listed.status === 0 && listed.stdout.trim() !== '';
}

/** What the suites need, each probed the way the tests use it, and the Debian package that provides it. */
const PACKAGES = [
  // Chromium with its recommended packages (fonts, codecs), as on the developers' machines.
  { name: 'chromium', recommends: true, present: () => isExecutable('/usr/bin/chromium') },
  { name: 'libreoffice-writer-nogui', recommends: false, present: hasWriter },
  {
    name: 'poppler-utils',
    recommends: false,
    present: () => which('pdftotext') !== null && which('pdftoppm') !== null,
  },
  { name: 'fonts-dejavu-core', recommends: false, present: hasDejaVuSans },
];

function installSteps(missing) {
  const steps = [];
  const withRecommends = missing.filter((p) => p.recommends).map((p) => p.name);
  const withoutRecommends = missing.filter((p) => !p.recommends).map((p) => p.name);
  if (withRecommends.length > 0) steps.push(['install', '-y', ...withRecommends]);
  if (withoutRecommends.length > 0) steps.push(['install', '-y', '--no-install-recommends', ...withoutRecommends]);
  return steps;
}

function commandLine(missing, sudo) {
  return [['update'], ...installSteps(missing)]
    .map((args) => `${sudo ? 'sudo ' : ''}apt-get ${args.join(' ')}`)
    .join(' && ');
}

const LOCK_WAIT_MS = 10 * 60 * 1000;

/** Runs apt-get quietly; while another apt or dpkg holds its lock, waits for it (apt-get update does not wait itself). */
async function aptGet(args) {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    const run = spawnSync('apt-get', ['-qq', '-o', 'DPkg::Lock::Timeout=600', ...args], {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', LC_ALL: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    if (run.status === 0) return;
    if (/Could not get lock/.test(output) && Date.now() < deadline) {
      await sleep(5000);
      continue;
    }
    throw new Error(
      `apt-get ${args.join(' ')} failed (${run.error?.message ?? `exit ${run.status}`}):\n${output.trim()}`,
    );
  }
}

const missingNow = () => PACKAGES.filter((p) => !p.present());

const missing = missingNow();
if (missing.length === 0) process.exit(0);

const names = missing.map((p) => p.name).join(', ');
const isRoot = process.getuid?.() === 0;
if (!isRoot || !which('apt-get')) {
  console.error(`The tests need system packages that are not installed: ${names}. Install them with:`);
  console.error(`  ${commandLine(missing, !isRoot)}`);
  process.exit(1);
}

const started = Date.now();
let installed = missing;
try {
  await aptGet(['update']);
  // Another apt run may have installed some of them while this one waited for its lock.
  installed = missingNow();
  for (const install of installSteps(installed)) await aptGet(install);
} catch (error) {
  console.error(error.message);
  console.error(`Installing the system packages the tests need failed; install them with:\n  ${commandLine(missing)}`);
  process.exit(1);
}
const stillMissing = missingNow();
if (stillMissing.length > 0) {
  console.error(
    `Still missing after apt-get install: ${stillMissing.map((p) => p.name).join(', ')} (see the probes in scripts/ensure-system-packages.mjs).`,
  );
  process.exit(1);
}
console.log(
  `Installed system packages for the tests: ${installed.map((p) => p.name).join(', ') || 'none'} (${Math.round((Date.now() - started) / 1000)} s).`,
);
