import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const WEB = join(ROOT, 'apps', 'web');
const BUILT = join(ROOT, 'dist', 'web', 'index.html');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** The browser tests drive the built app: build it (vite build) when dist/web is missing or older than its sources. */
export function ensureWebBuild(log: (line: string) => void): void {
  const sources = Math.max(newest(WEB), newest(join(ROOT, 'openapi.json')));
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= sources) return;
  log('dist/web missing or stale: building the web app (vite build)');
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(WEB, 'vite.config.mts')],
    {
      cwd: ROOT,
      // The tests run with NODE_ENV=test, which would give React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}
