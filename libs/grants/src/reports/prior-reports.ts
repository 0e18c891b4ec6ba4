import { Injectable } from '@nestjs/common';
import { Application } from '../applications/application.entity';
import { PriorReports, PriorReportsFinding } from '../assessment/prior-reports.port';
import { Clock, passedDeadlineBound } from '@app/platform';
import { EntityManager } from 'typeorm';

/**
 * At screening: the organisation's earlier accepted grants whose report deadline has passed, counted as overdue
 * (no report submitted) or unapproved (submitted, not yet approved). Implements assessment's `PriorReports` port
 * (bound in grants.module.ts).
 */
@Injectable()
export class PriorReportsCheck extends PriorReports {
  constructor(private readonly clock: Clock) {
    super();
  }

  async owed(manager: EntityManager, application: Application): Promise<PriorReportsFinding> {
    const [row] = await manager.query<PriorReportsFinding[]>(
      `SELECT count(*) FILTER (WHERE r.id IS NULL OR r.status IN ('draft', 'returned'))::int AS overdue,
              count(*) FILTER (WHERE r.status = 'submitted')::int AS unapproved
         FROM decisions d
         JOIN applications a ON a.id = d.application_id
         JOIN grant_rounds gr ON gr.id = d.round_id
         LEFT JOIN recipient_reports r ON r.decision_id = d.id
        WHERE a.organisation_id = $1 AND d.round_id <> $2
          AND d.outcome IN ('granted', 'partly_granted') AND d.accepted_at IS NOT NULL
          AND d.lapsed_at IS NULL AND d.superseded_by IS NULL
          AND gr.report_deadline < $3`,
      [application.organisationId, application.roundId, passedDeadlineBound(this.clock.now())],
    );
    return row;
  }
}
