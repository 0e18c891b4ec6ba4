import { Module } from '@nestjs/common';
import { GrantsModule } from '@app/grants';

/**
 * Recipient reports, repayment claims, statistics and public award lists (issue 7).
 * Depends on the grants domain, never the reverse.
 */
@Module({ imports: [GrantsModule] })
export class ReportingModule {}
