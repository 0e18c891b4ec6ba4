/** Creates the database if it is missing and applies pending migrations (npm start, CI, tests). */
import { ensureDatabase, loadConfigOrExit } from '@app/platform';
import dataSource from '../migrations/data-source';

export async function migrate(
  log: (line: string) => void = (l) => process.stdout.write(l + '\n'),
): Promise<void> {
  const config = loadConfigOrExit();
  if (await ensureDatabase(config.databaseUrl))
    log(`created database ${new URL(config.databaseUrl).pathname.slice(1)}`);
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
}

if (require.main === module) {
  migrate().catch((error: unknown) => {
    console.error('Migration failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
