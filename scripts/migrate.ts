/**
 * Applies pending migrations as the owner role and grants the application role its rights (npm start, CI,
 * tests, docker-compose's migrate service). Where a superuser is at hand (DATABASE_ADMIN_URL; derived from
 * DATABASE_URL outside production) it first creates the two roles and the database (roles.ts).
 */
import { AUDIT_TABLE_PRIVILEGES } from '@app/grants';
import {
  bootstrapDatabase,
  grantApplicationRole,
  isSuperuser,
  loadConfigOrExit,
  roleOf,
} from '@app/platform';
import { Client } from 'pg';
import dataSource from '../migrations/data-source';

export async function migrate(
  log: (line: string) => void = (l) => process.stdout.write(l + '\n'),
): Promise<void> {
  const config = loadConfigOrExit();
  if (config.databaseAdminUrl) {
    await bootstrapDatabase(
      { adminUrl: config.databaseAdminUrl, ownerUrl: config.databaseOwnerUrl, appUrl: config.databaseUrl },
      log,
    );
  }
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    log(
      applied.length
        ? `applied migrations: ${applied.map((m) => m.name).join(', ')}`
        : 'migrations up to date',
    );
  } finally {
    await dataSource.destroy();
  }
  const owner = new Client({ connectionString: config.databaseOwnerUrl });
  await owner.connect();
  try {
    const app = roleOf(config.databaseUrl);
    if (!(await isSuperuser(owner, app))) await grantApplicationRole(owner, app, AUDIT_TABLE_PRIVILEGES);
  } finally {
    await owner.end();
  }
}

if (require.main === module) {
  migrate().catch((error: unknown) => {
    console.error('Migration failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
