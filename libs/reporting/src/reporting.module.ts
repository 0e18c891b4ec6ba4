import { Module } from '@nestjs/common';
import { GrantsModule } from '@app/grants';
import { AwardListService } from './awards/award-list.service';
import { BudgetLedgerService } from './ledger/budget-ledger.service';
import { PriorReportsCheck } from './reports/prior-reports';
import { ClaimAppeals } from './reports/claim-appeals';
import { ReportLetters } from './reports/report-letters';
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
  ReportLetters,
  ClaimAppeals,
];

/**
 * Recipient reports with their review, letters and repayment claims, statistics and public award lists.
 * Depends on the grants domain, never the reverse.
 */
@Module({ imports: [GrantsModule], providers: SERVICES, exports: SERVICES })
export class ReportingModule {}
