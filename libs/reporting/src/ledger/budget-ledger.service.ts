import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid } from '@app/grants';
import { DomainError } from '@app/platform';
import { DataSource } from 'typeorm';
import { convertColumns } from '../files/row-columns';

export interface LedgerFigures {
  frameOre: number;
  /** Grants in force and not lapsed, accepted or not: what the frame is holding. */
  grantedOre: number;
  /** Granted and accepted: money the state owes. */
  committedOre: number;
  awaitingAcceptanceOre: number;
  paidOre: number;
  /** Committed but not yet paid. */
  unpaidOre: number;
  /** Declined or not accepted in time; freed in the frame. */
  lapsedOre: number;
  /** Frame minus granted. */
  remainingOre: number;
  /** Repayment claims made at report review. */
  claimedOre: number;
  /** Repayments received against those claims. */
  repaidOre: number;
}

export interface LedgerRound extends LedgerFigures {
  roundId: string;
  year: number;
  title: string;
  schemeCode: string;
  budgetChapter: string;
  budgetPost: string;
}

export interface LedgerChapterPost extends LedgerFigures {
  budgetChapter: string;
  budgetPost: string;
}

export interface BudgetLedger {
  year: number;
  rounds: LedgerRound[];
  /** The same figures summed per chapter and post. */
  chapterPosts: LedgerChapterPost[];
}

const FIGURES = [
  'frameOre',
  'grantedOre',
  'committedOre',
  'awaitingAcceptanceOre',
  'paidOre',
  'unpaidOre',
  'lapsedOre',
  'remainingOre',
  'claimedOre',
  'repaidOre',
] as const;

/** Budsjettoppfølging per round and chapter/post, computed in one query from decisions, disbursements and repayments. */
@Injectable()
export class BudgetLedgerService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async ledger(filter: { year: number; roundId?: string }): Promise<BudgetLedger> {
    if (filter.roundId !== undefined && !isUuid(filter.roundId)) throw DomainError.notFound('Utlysningen');
    const rows = await this.db.query<Record<string, string | number>[]>(
      `SELECT r.id AS "roundId", r.year, r.title, s.code AS "schemeCode",
              r.budget_chapter AS "budgetChapter", r.budget_post AS "budgetPost",
              r.budget_frame_ore AS "frameOre",
              COALESCE(dec.granted, 0) AS "grantedOre", COALESCE(dec.committed, 0) AS "committedOre",
              COALESCE(dec.lapsed, 0) AS "lapsedOre", COALESCE(pay.paid, 0) AS "paidOre",
              COALESCE(back.claimed, 0) AS "claimedOre", COALESCE(back.repaid, 0) AS "repaidOre"
         FROM grant_rounds r
         JOIN grant_schemes s ON s.id = r.scheme_id
         LEFT JOIN LATERAL (
           SELECT SUM(amount_ore) FILTER (WHERE lapsed_at IS NULL) AS granted,
                  SUM(amount_ore) FILTER (WHERE lapsed_at IS NULL AND accepted_at IS NOT NULL) AS committed,
                  SUM(amount_ore) FILTER (WHERE lapsed_at IS NOT NULL) AS lapsed
             FROM decisions
            WHERE round_id = r.id AND superseded_by IS NULL AND outcome IN ('granted', 'partly_granted')
         ) dec ON true
         LEFT JOIN LATERAL (
           SELECT SUM(amount_ore) AS paid FROM disbursements WHERE round_id = r.id AND status = 'paid'
         ) pay ON true
         LEFT JOIN LATERAL (
           SELECT SUM(c.amount_ore) AS claimed,
                  (SELECT SUM(rp.amount_ore) FROM repayments rp JOIN repayment_claims c2 ON c2.id = rp.claim_id
                    WHERE c2.round_id = r.id) AS repaid
             FROM repayment_claims c WHERE c.round_id = r.id
         ) back ON true
        WHERE r.year = $1 AND ($2::uuid IS NULL OR r.id = $2)
        ORDER BY r.budget_chapter, r.budget_post, s.code`,
      [filter.year, filter.roundId ?? null],
    );
    const rounds: LedgerRound[] = rows.map((row) => {
      const figures = derive(
        convertColumns(
          row,
          Number,
          'frameOre',
          'grantedOre',
          'committedOre',
          'lapsedOre',
          'paidOre',
          'claimedOre',
          'repaidOre',
        ),
      );
      return {
        roundId: String(row.roundId),
        year: Number(row.year),
        ...convertColumns(row, String, 'title', 'schemeCode', 'budgetChapter', 'budgetPost'),
        ...figures,
      };
    });
    const byChapterPost = new Map<string, LedgerChapterPost>();
    for (const round of rounds) {
      const key = `${round.budgetChapter}.${round.budgetPost}`;
      const sum =
        byChapterPost.get(key) ??
        ({
          budgetChapter: round.budgetChapter,
          budgetPost: round.budgetPost,
          ...Object.fromEntries(FIGURES.map((f) => [f, 0])),
        } as LedgerChapterPost);
      for (const figure of FIGURES) sum[figure] += round[figure];
      byChapterPost.set(key, sum);
    }
    return { year: filter.year, rounds, chapterPosts: [...byChapterPost.values()] };
  }
}

function derive(
  base: Pick<
    LedgerFigures,
    'frameOre' | 'grantedOre' | 'committedOre' | 'lapsedOre' | 'paidOre' | 'claimedOre' | 'repaidOre'
  >,
): LedgerFigures {
  return {
    ...base,
    awaitingAcceptanceOre: base.grantedOre - base.committedOre,
    unpaidOre: base.committedOre - base.paidOre,
    remainingOre: base.frameOre - base.grantedOre,
  };
}
