import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/platform';
import { DataSource } from 'typeorm';
import { NextStep, NextStepFacts, nextStepOf } from './next-step';

// Per application: its round's deadlines, its decision in force, that decision's report and the open repayment
// claim due first. One statement for any number of applications.
const FACTS_SQL = `
  SELECT a.id, a.status, gr.application_deadline AS "applicationDeadline", gr.report_deadline AS "reportDeadline",
         d.outcome, d.acceptance_deadline AS "acceptanceDeadline", d.appeal_deadline AS "appealDeadline",
         r.status AS "reportStatus", r.due_at AS "reportDueAt",
         c.due_date::text AS "claimDueDate", c.appeal_deadline AS "claimAppealDeadline"
    FROM applications a
    JOIN grant_rounds gr ON gr.id = a.round_id
    LEFT JOIN LATERAL (
      SELECT d.id, d.outcome, d.acceptance_deadline, d.appeal_deadline FROM decisions d
       WHERE d.application_id = a.id AND d.superseded_by IS NULL
       ORDER BY d.created_at DESC LIMIT 1) d ON true
    LEFT JOIN recipient_reports r ON r.decision_id = d.id
    LEFT JOIN LATERAL (
      SELECT c.due_date, c.appeal_deadline FROM repayment_claims c
       WHERE c.application_id = a.id AND c.status = 'open'
       ORDER BY c.due_date LIMIT 1) c ON true
   WHERE a.id = ANY($1::uuid[])`;

/** Read model: what an organisation does next with each of its applications, and by when (issue 18). */
@Injectable()
export class NextStepService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The next step of each application (by id), read in one query; the caller has already checked access. */
  async forApplications(ids: string[]): Promise<Map<string, NextStep>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.query<(NextStepFacts & { id: string })[]>(FACTS_SQL, [ids]);
    const now = this.clock.now();
    return new Map(rows.map((row) => [row.id, nextStepOf(row, now)]));
  }
}
