import { Test } from '@nestjs/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Clock, JsonLogger } from '@app/platform';
import { DataSource } from 'typeorm';
import supertest from 'supertest';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp, createAdapter } from '../../apps/api/src/app.factory';
import { LocalTokenService } from '../../apps/api/src/auth/token.service';
import { FakeClock } from './fake-clock';
import { Factories } from './factories';

export interface TestContext {
  app: NestFastifyApplication;
  http: () => supertest.Agent;
  db: DataSource;
  clock: FakeClock;
  tokens: LocalTokenService;
  f: Factories;
  close: () => Promise<void>;
}

/** The real API module on Fastify, with real PostgreSQL and Redis; only the clock is under the test's control. */
export async function createTestApp(): Promise<TestContext> {
  const clock = new FakeClock();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createAdapter(), { logger: false });
  await configureApp(app, new JsonLogger('api-test', 'error'));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const db = app.get<DataSource>(getDataSourceToken());
  const tokens = app.get(LocalTokenService);
  const http = () => supertest.agent(app.getHttpServer());
  return {
    app,
    http,
    db,
    clock,
    tokens,
    f: new Factories(db, tokens, http),
    close: () => app.close(),
  };
}
