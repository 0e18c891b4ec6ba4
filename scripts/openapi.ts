/**
 * Writes openapi.json from the API's controllers and DTOs (run from the build, where the Swagger
 * compiler plugin has added the schemas). With --check it fails when the committed file is stale.
 */
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAdapter, createOpenApiDocument } from '../apps/api/src/app.factory';
import { AppModule } from '../apps/api/src/app.module';

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
  if (process.argv.includes('--check')) {
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
