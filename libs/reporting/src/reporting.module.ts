import { Module } from '@nestjs/common';
import { AwardListService } from './awards/award-list.service';
import { BudgetLedgerService } from './ledger/budget-ledger.service';
import { StatisticsService } from './statistics/statistics.service';

const SERVICES = [BudgetLedgerService, StatisticsService, AwardListService];

/**
 * Read-only figures over the grants domain: statistics, the public award lists and the budget ledger. It writes
 * nothing and registers nothing; libs/grants never imports it.
 */
@Module({ providers: SERVICES, exports: SERVICES })
export class ReportingModule {}
