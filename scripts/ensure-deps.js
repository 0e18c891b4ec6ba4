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

// The payment-file tests validate pain.001 with xmllint (Debian's libxml2-utils). On a fresh machine of ours
// (Debian, root) `npm test` installs it, as .ci/run does; elsewhere the README names the package.
if (process.env.npm_lifecycle_event === 'pretest' && !onPath('xmllint')) {
  if (process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get')) {
    process.stdout.write('xmllint missing: apt-get install libxml2-utils (once)\n');
    const install = 'apt-get install -y --no-install-recommends libxml2-utils';
    try {
      execSync(install, { stdio: 'ignore' });
    } catch {
      execSync(`apt-get update -qq && ${install}`, { stdio: 'ignore' });
    }
  } else {
    process.stdout.write('warning: xmllint not found; the payment-file tests need it (libxml2-utils)\n');
  }
}

// The browser tests drive Debian's Chromium through playwright-core (Playwright's own browser download needs the
// internet). Installed the same way when missing.
if (process.env.npm_lifecycle_event === 'pretest' && !require('node:fs').existsSync('/usr/bin/chromium')) {
  if (process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get')) {
    process.stdout.write('chromium missing: apt-get install chromium (once)\n');
    const install = 'DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium';
    try {
      execSync(install, { stdio: 'ignore', shell: '/bin/sh' });
    } catch {
      execSync(`apt-get update -qq && ${install}`, { stdio: 'ignore', shell: '/bin/sh' });
    }
  } else {
    process.stdout.write(
      'warning: /usr/bin/chromium not found; the browser tests need it (Debian: chromium)\n',
    );
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
