/**
 * The service tier's harness: the domain services composed without HTTP — configuration, a clock the test moves,
 * the database and the grants and reporting modules — against the per-run test database that the shared global
 * setup migrates (test/support/global-setup.ts), and a real SMTP server in this process for the letters.
 */
import { Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { GrantsModule, grantsEntities } from '@app/grants';
import { ClockModule, ConfigModule, DatabaseModule } from '@app/platform';
import { ReportingModule } from '@app/reporting';
import { DataSource } from 'typeorm';
import { FakeClock } from '../../support/fake-clock';
import { SmtpCapture } from '../../support/smtp';
import { Fixtures } from './fixtures';

export interface ServiceContext {
  module: TestingModule;
  db: DataSource;
  clock: FakeClock;
  smtp: SmtpCapture;
  /** Builds the data of each test through the domain services. */
  fx: Fixtures;
  get<T>(type: Type<T>): T;
}

/**
 * Environment of the services under test. The configuration is read when the module is compiled, so the SMTP
 * server's address (a free port) is set before. A retry after a temporary mail failure waits one second, not 30.
 */
async function compile(clock: FakeClock, smtpUrl: string): Promise<TestingModule> {
  const saved = { ...process.env };
  Object.assign(process.env, {
    SMTP_URL: smtpUrl,
    DATABASE_POOL_SIZE: '6',
    DELIVERY_RETRY_BASE_SECONDS: '1',
  });
  try {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule,
        ClockModule.using(clock),
        DatabaseModule.forRoot(grantsEntities),
        GrantsModule,
        // The read-only figures (statistics, award lists, the ledger).
        ReportingModule,
      ],
    }).compile();
    // The refusals a test provokes (a mail refused for good) are asserted, not logged.
    moduleRef.useLogger(false);
    return await moduleRef.init();
  } finally {
    process.env = saved;
  }
}

/**
 * One context per spec file, opened before its first test and closed after its last. The clock is set back to the
 * real time before every test: a test that needs another instant sets it.
 */
export function useServiceContext(): ServiceContext {
  const ctx = {} as ServiceContext;
  beforeAll(async () => {
    const clock = new FakeClock();
    const smtp = new SmtpCapture();
    const module = await compile(clock, await smtp.start());
    Object.assign(ctx, {
      module,
      clock,
      smtp,
      db: module.get<DataSource>(getDataSourceToken()),
      get: <T>(type: Type<T>) => module.get(type),
    });
    ctx.fx = new Fixtures(ctx);
  });
  beforeEach(() => ctx.clock.set(new Date()));
  afterAll(async () => {
    await ctx.module?.close();
    await ctx.smtp?.stop();
  });
  return ctx;
}
