import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, PageRequest } from '@app/platform';
import { DataSource } from 'typeorm';
import { Actor } from '../kernel/actor';
import { disqualifiedSql } from '../applications/impartiality';
import { isUuid } from '../kernel/persistence';
import { GrantRound } from '../rounds/grant-round.entity';
import { COMMITTING_OUTCOMES } from '../decisions/budget-frame';

export interface OverviewRow {
  applicationId: string;
  referenceNumber: string | null;
  organisationName: string;
  /** The viewer is disqualified from the case (applications/impartiality.ts): everything but who and where is withheld. */
  restricted: boolean;
  title: string | null;
  measureCategory: string | null;
  status: string;
  requestedAmountOre: number | null;
  weightedScoreHundredths: number | null;
  recommendedOutcome: string | null;
  recommendedAmountOre: number | null;
  decisionOutcome: string | null;
  decidedAmountOre: number | null;
}

export interface RoundOverview {
  round: GrantRound;
  totals: {
    applications: number;
    requestedOre: number;
    recommendedOre: number;
    /** Cases the viewer is disqualified from: listed without their content, left out of the sums above. */
    restricted: number;
    grantedOre: number;
    remainingOre: number;
    byStatus: Record<string, number>;
  };
  rows: OverviewRow[];
  total: number;
  limit: number;
  offset: number;
}

/** The round's totals; $3 is the viewer (their restricted cases count, their amounts do not). */
const TOTALS_SQL = `SELECT count(*) AS applications,
              COALESCE(SUM(a.requested_amount_ore) FILTER (WHERE NOT x.restricted), 0) AS requested,
              COALESCE(SUM(s.recommended_amount_ore) FILTER (WHERE NOT x.restricted), 0) AS recommended,
              count(*) FILTER (WHERE x.restricted) AS restricted,
              COALESCE(SUM(d.amount_ore) FILTER (WHERE d.outcome = ANY($2) AND d.lapsed_at IS NULL), 0) AS granted,
              (SELECT jsonb_object_agg(status, n) FROM (
                 SELECT status, count(*) AS n FROM applications WHERE round_id = $1 AND status <> 'draft' GROUP BY status) x) AS by_status
         FROM applications a
         LEFT JOIN assessments s ON s.application_id = a.id
         LEFT JOIN decisions d ON d.application_id = a.id AND d.superseded_by IS NULL
        CROSS JOIN LATERAL (SELECT ${disqualifiedSql('a.id', '$3')} AS restricted) x
        WHERE a.round_id = $1 AND a.status <> 'draft'`;

type TotalsRow = Record<'applications' | 'requested' | 'recommended' | 'restricted' | 'granted', string> & {
  by_status: Record<string, number> | null;
};

/** One page of the round's applications, best score first; $4 is the viewer. */
const ROWS_SQL = `SELECT a.id AS "applicationId", a.reference_number AS "referenceNumber", o.name AS "organisationName",
              a.title, a.measure_category AS "measureCategory", a.status,
              a.requested_amount_ore AS "requestedAmountOre",
              s.weighted_score_hundredths AS "weightedScoreHundredths",
              s.recommended_outcome AS "recommendedOutcome", s.recommended_amount_ore AS "recommendedAmountOre",
              d.outcome AS "decisionOutcome", d.amount_ore AS "decidedAmountOre",
              ${disqualifiedSql('a.id', '$4')} AS restricted
         FROM applications a
         JOIN organisations o ON o.id = a.organisation_id
         LEFT JOIN assessments s ON s.application_id = a.id
         LEFT JOIN decisions d ON d.application_id = a.id AND d.superseded_by IS NULL
        WHERE a.round_id = $1 AND a.status <> 'draft'
        ORDER BY s.weighted_score_hundredths DESC NULLS LAST, a.sequence_number
        LIMIT $2 OFFSET $3`;

type RawRow = Omit<
  OverviewRow,
  'requestedAmountOre' | 'recommendedAmountOre' | 'decidedAmountOre' | 'restricted'
> &
  Record<string, string | null> & { restricted: boolean };

/**
 * The round at a glance for caseworkers and approvers: every submitted application against the frame. A case the
 * viewer is disqualified from keeps its row (so the list and its count stay whole) but shows only its reference,
 * organisation and status, and its amounts are left out of the requested and recommended sums. The frame figures
 * (granted, remaining) stay round-wide: the approver needs what is left of the frame, and grants are published.
 */
@Injectable()
export class RoundOverviewService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async overview(actor: Actor, roundId: string, page: PageRequest): Promise<RoundOverview> {
    const round = isUuid(roundId) ? await this.db.getRepository(GrantRound).findOneBy({ id: roundId }) : null;
    if (!round) throw DomainError.notFound('Utlysningen');
    const [totals] = await this.db.query<TotalsRow[]>(TOTALS_SQL, [
      roundId,
      COMMITTING_OUTCOMES,
      actor.userId,
    ]);
    const rows = await this.db.query<RawRow[]>(ROWS_SQL, [roundId, page.limit, page.offset, actor.userId]);
    const granted = Number(totals.granted);
    return {
      round,
      totals: {
        applications: Number(totals.applications),
        requestedOre: Number(totals.requested),
        recommendedOre: Number(totals.recommended),
        restricted: Number(totals.restricted),
        grantedOre: granted,
        remainingOre: round.budgetFrameOre - granted,
        byStatus: totals.by_status ?? {},
      },
      rows: rows.map(overviewRow),
      total: Number(totals.applications),
      ...page,
    };
  }
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** A row as the viewer may see it: a case they are disqualified from shows who and where only. */
function overviewRow(r: RawRow): OverviewRow {
  return r.restricted
    ? {
        applicationId: r.applicationId,
        referenceNumber: r.referenceNumber,
        organisationName: r.organisationName,
        status: r.status,
        restricted: true,
        title: null,
        measureCategory: null,
        requestedAmountOre: null,
        weightedScoreHundredths: null,
        recommendedOutcome: null,
        recommendedAmountOre: null,
        decisionOutcome: null,
        decidedAmountOre: null,
      }
    : {
        ...r,
        restricted: false,
        requestedAmountOre: Number(r.requestedAmountOre),
        recommendedAmountOre: num(r.recommendedAmountOre),
        decidedAmountOre: num(r.decidedAmountOre),
      };
}
