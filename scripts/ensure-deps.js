// Runs before `npm start` and `npm test`: on a fresh clone, installs exactly what the lockfile says.
// Plain JavaScript on purpose: it must run before any dependency is installed.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  process.stdout.write('node_modules missing: running npm ci (once)\n');
  execSync('npm ci --no-audit --no-fund --loglevel=error', { cwd: root, stdio: 'inherit' });
}

// What the tests need from Debian, installed by `npm test` on a fresh machine of ours (Debian, root) as .ci/run
// does; elsewhere a warning names the package. The payment-file tests validate pain.001 with xmllint; the browser
// tests drive Debian's Chromium through playwright-core (Playwright's own browser download needs the internet).
if (process.env.npm_lifecycle_event === 'pretest') {
  ensureDebianPackage('libxml2-utils', onPath('xmllint'), 'xmllint', 'the payment-file tests');
  ensureDebianPackage('chromium', existsSync('/usr/bin/chromium'), '/usr/bin/chromium', 'the browser tests');
}

function ensureDebianPackage(pkg, present, what, needed) {
  if (present) return;
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !onPath('apt-get')) {
    process.stdout.write(`warning: ${what} not found; ${needed} need it (Debian: ${pkg})\n`);
    return;
  }
  process.stdout.write(`${what} missing: apt-get install ${pkg} (once)\n`);
  const install = `DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${pkg}`;
  try {
    execSync(install, { stdio: 'ignore', shell: '/bin/sh' });
  } catch {
    execSync(`apt-get update -qq && ${install}`, { stdio: 'ignore', shell: '/bin/sh' });
  }
}

function onPath(command) {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}
