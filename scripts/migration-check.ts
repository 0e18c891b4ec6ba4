/**
 * Fails when the entities and the migrations disagree: applies every migration to a scratch
 * database as the owner role (so a migration that needs a superuser fails here too) and asks
 * TypeORM which SQL would still be needed to match the entities.
 */
import { grantsEntities } from '@app/grants';
import { bootstrapDatabase, dataSourceOptions, loadConfigOrExit } from '@app/platform';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (!config.databaseAdminUrl)
    throw new Error('the check creates a scratch database: set DATABASE_ADMIN_URL');
  const adminUrl = config.databaseAdminUrl;
  const scratch = (databaseUrl: string): string => {
    const url = new URL(databaseUrl);
    url.pathname = `/${url.pathname.slice(1)}_migration_check`;
    return url.toString();
  };
  const ownerUrl = scratch(config.databaseOwnerUrl);
  const name = new URL(ownerUrl).pathname.slice(1);
  await dropDatabase(adminUrl, name);
  await bootstrapDatabase({ adminUrl, ownerUrl, appUrl: scratch(config.databaseUrl) }, () => undefined);
  const dataSource = new DataSource({
    ...dataSourceOptions(ownerUrl, grantsEntities, 2, {
      connectMs: config.databaseTimeouts.connectMs,
      statementMs: 0,
    }),
    migrations: [join(__dirname, '..', 'migrations', '[0-9]*-*.{ts,js}')],
    migrationsTableName: 'migrations',
  });
  await dataSource.initialize();
  let missing: string[];
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    // Reverting and re-applying the newest migration proves its down() works.
    await dataSource.undoLastMigration({ transaction: 'each' });
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    missing = [...sql.upQueries.map((q) => q.query), ...(await checkBodiesDiffer(dataSource))];
  } finally {
    await dataSource.destroy();
    await dropDatabase(adminUrl, name);
  }
  if (missing.length > 0) {
    console.error(
      'Entities and migrations disagree. Generate a migration (npm run migration:generate -- migrations/<Name>). Missing SQL:',
    );
    for (const query of missing) console.error(`  ${query};`);
    process.exit(1);
  }
  process.stdout.write('migration check: entities and migrations agree\n');
}

/**
 * TypeORM compares CHECK constraints by name only. Compare their bodies too: PostgreSQL normalises
 * the entity's expression when it is added as a (NOT VALID) scratch constraint, so the two can be
 * compared as PostgreSQL prints them.
 */
async function checkBodiesDiffer(dataSource: DataSource): Promise<string[]> {
  const differences: string[] = [];
  for (const entity of dataSource.entityMetadatas) {
    for (const check of entity.checks) {
      const table = entity.tablePath;
      const [actual] = await dataSource.query<{ def: string }[]>(
        `SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
          WHERE t.relname = $1 AND c.conname = $2`,
        [table, check.name],
      );
      await dataSource.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "migration_check_tmp" CHECK (${check.expression}) NOT VALID`,
      );
      const [wanted] = await dataSource.query<{ def: string }[]>(
        `SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
          WHERE t.relname = $1 AND c.conname = 'migration_check_tmp'`,
        [table],
      );
      await dataSource.query(`ALTER TABLE "${table}" DROP CONSTRAINT "migration_check_tmp"`);
      const normalised = wanted.def.replace(/ NOT VALID$/, '');
      if (actual?.def !== normalised) {
        differences.push(
          `-- CHECK ${check.name} on ${table}: database has ${actual?.def ?? 'nothing'}, entity wants ${normalised}`,
        );
      }
    }
  }
  return differences;
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new URL(adminUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error('Migration check failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
