// The web app's API types, generated from the committed openapi.json (issue 18: no hand-written copies of API
// types). `node scripts/web-client.js` writes apps/web/src/api/schema.d.ts; `--check` fails when it is stale.
const { readFileSync, writeFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const target = join(root, 'apps/web/src/api/schema.d.ts');
const header =
  '// Generated from openapi.json by `npm run web:client` (openapi-typescript). Do not edit by hand.\n\n';

async function main() {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const document = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8'));
  const ast = await openapiTS(document, { alphabetize: false });
  const text = header + astToString(ast);
  if (process.argv.includes('--check')) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== text) {
      console.error('apps/web/src/api/schema.d.ts is stale: run `npm run web:client` and commit it.');
      process.exit(1);
    }
    console.log('apps/web/src/api/schema.d.ts matches openapi.json');
    return;
  }
  writeFileSync(target, text);
  console.log('wrote apps/web/src/api/schema.d.ts');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
