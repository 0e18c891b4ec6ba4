/**
 * Writes openapi.json from the API's controllers and DTOs (run from the build, where the Swagger
 * compiler plugin has added the schemas). With --check it fails when the document does not say what a client
 * needs (scripts/openapi-contract.ts: summaries, error responses, property descriptions) or the committed file
 * is stale. Both print the figures.
 */
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAdapter, createOpenApiDocument } from '../apps/api/src/app.factory';
import { AppModule } from '../apps/api/src/app.module';
import { checkContract, describeFigures } from './openapi-contract';

async function main(): Promise<void> {
  // preview: the module graph is scanned without connecting to PostgreSQL or Redis.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createAdapter(), {
    preview: true,
    logger: false,
  });
  app.setGlobalPrefix('api');
  const document = createOpenApiDocument(app);
  await app.close();
  const json = JSON.stringify(document, null, 2) + '\n';
  const target = join(process.cwd(), 'openapi.json');
  const { figures, gaps } = checkContract(document);
  process.stdout.write(`OpenAPI contract: ${describeFigures(figures)}\n`);
  if (process.argv.includes('--gaps')) {
    // What is still missing, without writing or failing (for filling the document controller by controller).
    process.stdout.write(`${gaps.length} gap(s)\n  ${gaps.join('\n  ')}\n`);
    return;
  }
  if (process.argv.includes('--check')) {
    if (gaps.length > 0) {
      console.error(`The OpenAPI document leaves ${gaps.length} thing(s) unsaid:\n  ${gaps.join('\n  ')}`);
      process.exit(1);
    }
    const committed = readFileSync(target, 'utf8');
    if (committed !== json) {
      console.error('openapi.json is stale: run `npm run openapi:generate` and commit the result.');
      process.exit(1);
    }
    process.stdout.write('openapi.json is up to date\n');
    return;
  }
  writeFileSync(target, json);
  process.stdout.write(`wrote ${target}\n`);
}

main().catch((error: unknown) => {
  console.error('OpenAPI generation failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
