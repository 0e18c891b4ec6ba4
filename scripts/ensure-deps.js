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
