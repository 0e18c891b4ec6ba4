import { Module } from '@nestjs/common';
import { GrantsModule } from '@app/grants';
import { AwardListService } from './awards/award-list.service';
import { BudgetLedgerService } from './ledger/budget-ledger.service';
import { PriorReportsCheck } from './reports/prior-reports';
import { ReportReminders } from './reports/report-reminders';
import { ReportsService } from './reports/reports.service';
import { StatisticsService } from './statistics/statistics.service';

const SERVICES = [
  BudgetLedgerService,
  StatisticsService,
  AwardListService,
  ReportsService,
  PriorReportsCheck,
  ReportReminders,
];

/**
 * Recipient reports, statistics and public award lists; repayment claims follow (issue 7).
 * Depends on the grants domain, never the reverse.
 */
@Module({ imports: [GrantsModule], providers: SERVICES, exports: SERVICES })
export class ReportingModule {}
