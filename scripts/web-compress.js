// After `vite build`: writes a gzip copy (`<file>.gz`, level 9) of each script and style sheet in dist/web/assets,
// which the API sends to browsers that accept gzip (apps/api/src/web/web-app.ts).
const { readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');

const assets = join(__dirname, '..', 'dist', 'web', 'assets');
for (const name of readdirSync(assets)) {
  if (!/\.(js|css)$/.test(name)) continue;
  writeFileSync(join(assets, `${name}.gz`), gzipSync(readFileSync(join(assets, name)), { level: 9 }));
}
