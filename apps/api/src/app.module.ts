import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GrantsModule, grantsEntities } from '@app/grants';
import {
  APP_CONFIG,
  AppConfig,
  ClockModule,
  ConfigModule,
  DatabaseModule,
  JsonLogger,
  QueueModule,
  RedisModule,
} from '@app/platform';
import { ReportingModule } from '@app/reporting';
import { ApplicationsController } from './applications/applications.controller';
import { ApplicationViews } from './applications/application-views';
import { AuditController } from './audit/audit.controller';
import { AuthModule } from './auth/auth.module';
import { AppealsController } from './appeals/appeals.controller';
import { ChangeRequestsController } from './changes/change-requests.controller';
import { CaseHistoryController } from './applications/case-history.controller';
import { CaseHandlingController } from './decisions/case-handling.controller';
import { ProblemFilter } from './common/problem.filter';
import { RuleProbeInterceptor } from './common/rule-probes';
import { ApplicationDraftProbe } from './applications/application-rule-probe';
import { SchemeRuleProbe } from './schemes/scheme-rule-probe';
import { API_LOGGER } from './common/tokens';
import { createValidationPipe } from './common/validation';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { ApiIndexController } from './health/api-index.controller';
import { HealthController } from './health/health.controller';
import { JobsController } from './jobs/jobs.controller';
import { LettersController } from './letters/letters.controller';
import { OrganisationsController } from './organisations/organisations.controller';
import { PaymentsController } from './payments/payments.controller';
import {
  ApplicationClaimsController,
  RepaymentClaimsController,
  ReportObligationsController,
  ReportsController,
} from './reporting/reports.controller';
import { StatisticsController } from './reporting/statistics.controller';
import { PublicController } from './public/public.controller';
import { RoundsController } from './rounds/rounds.controller';
import { SchemesController } from './schemes/schemes.controller';
import { UsersController } from './users/users.controller';

@Module({
  imports: [
    ConfigModule,
    ClockModule,
    DatabaseModule.forRoot(grantsEntities),
    RedisModule,
    QueueModule.forRoot(),
    GrantsModule,
    ReportingModule,
    AuthModule,
  ],
  controllers: [
    ApiIndexController,
    HealthController,
    PublicController,
    UsersController,
    OrganisationsController,
    SchemesController,
    RoundsController,
    ApplicationsController,
    CaseHandlingController,
    AppealsController,
    ChangeRequestsController,
    CaseHistoryController,
    AuditController,
    JobsController,
    DeliveriesController,
    LettersController,
    PaymentsController,
    StatisticsController,
    ReportsController,
    ReportObligationsController,
    RepaymentClaimsController,
    ApplicationClaimsController,
  ],
  providers: [
    ApplicationViews,
    {
      provide: API_LOGGER,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => new JsonLogger('api', c.logLevel),
    },
    // Registered through DI so that tests building the module get the same pipe and filter.
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ProblemFilter },
    // A refused body also gets the domain rules' errors on its well-formed part (common/rule-probes.ts).
    { provide: APP_INTERCEPTOR, useClass: RuleProbeInterceptor },
    ApplicationDraftProbe,
    SchemeRuleProbe,
  ],
})
export class AppModule {}
