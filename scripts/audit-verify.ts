/**
 * `npm run audit:verify`: recomputes the audit trail's hash chain and names the first broken link.
 * Exits 0 when the chain is intact, 1 when it is broken. Connects as the application (DATABASE_URL), which
 * may read the trail.
 */
import { verifyAuditChain } from '@app/grants';
import { dataSourceOptions, loadConfigOrExit } from '@app/platform';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const db = new DataSource(dataSourceOptions(config.databaseUrl, [], 2));
  await db.initialize();
  try {
    const report = await verifyAuditChain(db);
    process.stdout.write(JSON.stringify(report) + '\n');
    if (report.firstBroken) {
      console.error(`audit chain BROKEN: ${report.firstBroken.detail}`);
      process.exitCode = 1;
    } else {
      process.stdout.write(
        `audit chain intact: ${report.checked} events, head ${report.head.position} ${report.head.hash}\n`,
      );
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error('Audit verification failed:', error instanceof Error ? error.message : error);
  process.exit(2);
});
