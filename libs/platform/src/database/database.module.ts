import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSourceOptions, EntitySchema } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SnakeNamingStrategy } from './naming';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = (Function | EntitySchema)[];

export function dataSourceOptions(
  databaseUrl: string,
  entities: EntityList,
  poolSize: number,
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
    // pg connection pool; statements time out rather than hang a request forever.
    extra: { max: poolSize, statement_timeout: 15000, application_name: 'tilskudd' },
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
            ...dataSourceOptions(config.databaseUrl, entities, config.databasePoolSize),
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
