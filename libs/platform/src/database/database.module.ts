import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSourceOptions, EntitySchema } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SnakeNamingStrategy } from './naming';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = (Function | EntitySchema)[];

/**
 * Every call on a request path is bounded: waiting for a pooled connection (or opening one) by `connectMs`,
 * a statement by `statementMs` on the server and a little longer on the client (a server that stopped
 * answering never cancels anything). 0 turns the statement limit off (migrations).
 */
export interface DatabaseTimeouts {
  connectMs: number;
  statementMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectMs: 5000, statementMs: 15000 };

export function dataSourceOptions(
  databaseUrl: string,
  entities: EntityList,
  poolSize: number,
  timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    // pg connection pool; nothing waits forever (see DatabaseTimeouts).
    extra: {
      max: poolSize,
      connectionTimeoutMillis: timeouts.connectMs,
      ...(timeouts.statementMs > 0
        ? { statement_timeout: timeouts.statementMs, query_timeout: timeouts.statementMs + 5000 }
        : {}),
      application_name: 'tilskudd',
    },
  };
}

/** TypeORM connection for a process. Never synchronize: the schema comes from migrations only. */
@Module({})
export class DatabaseModule {
  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(
              config.databaseUrl,
              entities,
              config.databasePoolSize,
              config.databaseTimeouts,
            ),
            // At start-up the database may come up after us; tests fail fast instead.
            retryAttempts: config.nodeEnv === 'test' ? 0 : 10,
            retryDelay: 3000,
          }),
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
