import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { disqualifiedSql } from '../applications/impartiality';
import { Actor } from '../kernel/actor';
import { isUuid } from '../kernel/persistence';
import { Clock, Page, PageRequest, passedDeadlineBound } from '@app/platform';
import { DataSource } from 'typeorm';
import { ReportStatus } from './recipient-report.entity';

export interface ObligationFilter {
  roundId?: string;
  /** "due" (not started) or a report status. */
  status?: 'due' | ReportStatus;
  overdue?: boolean;
}

/** A grant's report obligation as staff follow it up. */
export interface Obligation {
  applicationId: string;
  referenceNumber: string;
  organisationName: string;
  roundId: string;
  grantOre: number;
  dueAt: Date;
  status: 'due' | ReportStatus;
  overdue: boolean;
  submittedAt: Date | null;
}

/** Report obligations across grants, for staff following up who has reported. */
@Injectable()
export class ReportObligationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Report obligations for staff: every accepted grant in force with its report's state ("due" when not started),
   * filtered by round, state and overdue, oldest deadline first. Computed in one query with the page's count.
   */
  async obligations(actor: Actor, filter: ObligationFilter, page: PageRequest): Promise<Page<Obligation>> {
    if (filter.roundId !== undefined && !isUuid(filter.roundId)) return { items: [], total: 0, ...page };
    const rows = await this.db.query<(Obligation & { total: number })[]>(
      `SELECT d.application_id AS "applicationId", a.reference_number AS "referenceNumber",
              o.name AS "organisationName", d.round_id AS "roundId", d.amount_ore::bigint AS "grantOre",
              gr.report_deadline AS "dueAt", COALESCE(r.status, 'due') AS status,
              (COALESCE(r.status, 'due') IN ('due', 'draft', 'returned') AND gr.report_deadline < $4) AS overdue,
              r.submitted_at AS "submittedAt", count(*) OVER ()::int AS total
         FROM decisions d
         JOIN applications a ON a.id = d.application_id
         JOIN organisations o ON o.id = a.organisation_id
         JOIN grant_rounds gr ON gr.id = d.round_id
         LEFT JOIN recipient_reports r ON r.decision_id = d.id
        WHERE d.outcome IN ('granted', 'partly_granted') AND d.accepted_at IS NOT NULL
          AND d.lapsed_at IS NULL AND d.superseded_by IS NULL
          AND ($1::uuid IS NULL OR d.round_id = $1)
          AND ($2::text IS NULL OR COALESCE(r.status, 'due') = $2)
          AND (NOT $3::boolean OR (COALESCE(r.status, 'due') IN ('due', 'draft', 'returned') AND gr.report_deadline < $4))
          -- A declared conflict or a membership of the organisation keeps the case out of the staff member's sight.
          AND NOT ${disqualifiedSql('a.id', '$7')}
        ORDER BY gr.report_deadline, a.reference_number
        LIMIT $5 OFFSET $6`,
      [
        filter.roundId ?? null,
        filter.status ?? null,
        filter.overdue ?? false,
        passedDeadlineBound(this.clock.now()),
        page.limit,
        page.offset,
        actor.userId,
      ],
    );
    return {
      items: rows.map(({ total: _total, ...row }) => ({ ...row, grantOre: Number(row.grantOre) })),
      total: rows[0]?.total ?? 0,
      ...page,
    };
  }
}
