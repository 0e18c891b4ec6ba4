// After `vite build`: writes a Brotli copy (`<file>.br`, quality 11) and a gzip copy (`<file>.gz`, level 9) of each
// script and style sheet in dist/web/assets, which the API sends to browsers that accept them
// (apps/api/src/web/web-app.ts: Brotli first; browsers offer it over https only).
const { readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { brotliCompressSync, constants, gzipSync } = require('node:zlib');

const assets = join(__dirname, '..', 'dist', 'web', 'assets');
for (const name of readdirSync(assets)) {
  if (!/\.(js|css)$/.test(name)) continue;
  const source = readFileSync(join(assets, name));
  writeFileSync(join(assets, `${name}.gz`), gzipSync(source, { level: 9 }));
  writeFileSync(
    join(assets, `${name}.br`),
    brotliCompressSync(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
  );
}
