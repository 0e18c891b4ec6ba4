import 'reflect-metadata';
import { grantsEntities } from '@app/grants';
import { dataSourceOptions, loadConfigOrExit } from '@app/platform';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

/** The data source the TypeORM CLI and the migrate script use: the owner role. Never synchronize. */
const config = loadConfigOrExit();

export default new DataSource({
  // A migration may rewrite a large table: no statement timeout.
  ...dataSourceOptions(config.databaseOwnerUrl, grantsEntities, 2, {
    connectMs: config.databaseTimeouts.connectMs,
    statementMs: 0,
  }),
  migrations: [join(__dirname, '[0-9]*-*.{ts,js}')],
  migrationsTableName: 'migrations',
  migrationsTransactionMode: 'each',
});
