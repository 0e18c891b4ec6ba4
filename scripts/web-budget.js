// Size budget of the NGO portal (issue 18): the JavaScript a page needs before its first render, gzipped (what a
// browser downloads over http; Brotli over https is smaller still). Reads the build in dist/web (run
// `npm run build:web` first): the entry chunk, the page's lazily loaded route chunk and every chunk they import
// statically. Not counted: what loads after the first render (Designsystemet's web components for a page that
// renders none of them, the nynorsk catalogue unless chosen, other pages' chunks).
//
// - the call list (`/`, src/pages/public.tsx), the first page most visitors see: at most 135 KB;
// - the application form (src/pages/apply/index.ts, with the web components its fields need): at most 175 KB.
// On Chrome DevTools' «Slow 4G» (1.44 Mbit/s) each 10 KB is about 55 ms before the page can render (bench/web.ts).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');

const PAGES = [
  { name: 'call list (/)', route: 'src/pages/public.tsx', budget: 135 * 1024 },
  { name: 'application form', route: 'src/pages/apply/index.ts', budget: 175 * 1024 },
];
const dist = join(__dirname, '..', 'dist', 'web');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let over = false;
for (const page of PAGES) {
  if (!manifest[page.route]) throw new Error(`${page.route} is not a chunk of the build`);
  const files = new Set();
  const add = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  add(entry);
  add(page.route);
  let total = 0;
  console.log(`${page.name}:`);
  for (const file of files) {
    const size = gzipped(file);
    total += size;
    console.log(`${kb(size).padStart(10)}  ${file}`);
  }
  const within = total <= page.budget;
  over ||= !within;
  console.log(
    `${page.name} JavaScript: ${kb(total)} gzipped (${within ? 'within' : 'OVER'} the budget of ${kb(page.budget)})`,
  );
}
const css = (manifest[entry].css ?? []).reduce((sum, file) => sum + gzipped(file), 0);
console.log(`style sheet of every page: ${kb(css)} gzipped`);
if (over) process.exit(1);
