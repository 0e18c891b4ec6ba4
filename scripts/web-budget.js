// Size budget of the NGO portal (issue 18): the JavaScript the first page (the call list, `/`) loads is at most
// 200 KB gzipped. Reads the build in dist/web (run `npm run build:web` first): the entry chunk, the front page's
// lazily loaded route chunk (src/pages/public.tsx) and every chunk they import statically.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');

const BUDGET_BYTES = 200 * 1024;
const FIRST_PAGE_ROUTE = 'src/pages/public.tsx';
const dist = join(__dirname, '..', 'dist', 'web');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const files = new Set();
function add(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) add(imported);
}
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
add(entry);
add(FIRST_PAGE_ROUTE);

let total = 0;
for (const file of files) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(
  `first page JavaScript: ${(total / 1024).toFixed(1)} KB gzipped (${verdict} the budget of 200 KB)`,
);
if (total > BUDGET_BYTES) process.exit(1);
