import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GrantRound, GrantScheme, isUuid, RoundStatus } from '@app/grants';
import { DomainError, Page, PageRequest } from '@app/platform';
import { DataSource } from 'typeorm';
import { Table } from '../files/tables';

/** One line of the public award list: grants only, organisations only, nothing about people (docs/domain.md §8). */
export interface Award {
  year: number;
  /** The scheme's identifier on tilskudd.no (e.g. "DT-0044"); null until the admin has set it on the scheme. */
  tilskuddNoId: string | null;
  schemeCode: string;
  schemeName: string;
  recipient: string;
  organisationNumber: string;
  amountOre: number;
  measureCategory: string;
}

export interface AwardList {
  roundId: string;
  year: number;
  tilskuddNoId: string | null;
  schemeCode: string;
  schemeName: string;
  awards: Award[];
  totalOre: number;
}

/** One round whose award list is public, as the list of award lists shows it: what the list itself says, summed. */
export interface PublicAwardList {
  roundId: string;
  year: number;
  title: string;
  tilskuddNoId: string | null;
  schemeCode: string;
  schemeName: string;
  /** How many lines the award list has (accepted grants in force). */
  grants: number;
  totalOre: number;
  /** When the round was marked decided; null only for a round that was set decided outside the application. */
  decidedAt: Date | null;
}

/** Rounds whose award list is public: the decisions are made (and later archived). */
const PUBLISHED_STATUSES: RoundStatus[] = [RoundStatus.Decided, RoundStatus.Archived];

/** The decisions an award list lists (alias `d`): grants in force that the organisation has accepted. */
const LISTED_DECISIONS = `d.superseded_by IS NULL AND d.outcome IN ('granted', 'partly_granted')
          AND d.accepted_at IS NOT NULL AND d.lapsed_at IS NULL`;

/**
 * Tildelingslisten, public without login once the round is decided: grants the organisation has accepted and that
 * are in force — not awaiting acceptance, not declined or lapsed, not replaced by a later decision (only the decision
 * in force is listed, once it is accepted). Rejections and dismissals are never listed.
 */
@Injectable()
export class AwardListService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The rounds whose award list is public, newest grant year first (then the latest decided), with the number of
   * lines and the sum each list has; paged.
   */
  async listPublic(page: PageRequest): Promise<Page<PublicAwardList>> {
    const [{ total }] = await this.db.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM grant_rounds WHERE status = ANY($1)`,
      [PUBLISHED_STATUSES],
    );
    // bigint sums come back as text: the sum is turned into a number below.
    const rows = await this.db.query<(Omit<PublicAwardList, 'totalOre'> & { totalOre: string })[]>(
      `SELECT r.id AS "roundId", r.year, r.title, s.tilskudd_no_id AS "tilskuddNoId", s.code AS "schemeCode",
              s.name AS "schemeName", r.decided_at AS "decidedAt",
              coalesce(l.grants, 0)::int AS grants, coalesce(l.total_ore, 0) AS "totalOre"
         FROM grant_rounds r
         JOIN grant_schemes s ON s.id = r.scheme_id
         LEFT JOIN LATERAL (
           SELECT count(*) AS grants, sum(d.amount_ore) AS total_ore
             FROM decisions d
            WHERE d.round_id = r.id AND ${LISTED_DECISIONS}
         ) l ON true
        WHERE r.status = ANY($1)
        ORDER BY r.year DESC, r.decided_at DESC NULLS LAST, s.name, r.id
        LIMIT $2 OFFSET $3`,
      [PUBLISHED_STATUSES, page.limit, page.offset],
    );
    const items = rows.map((row) => ({ ...row, totalOre: Number(row.totalOre) }));
    return { items, total, totalIsExact: true, ...page };
  }

  async forRound(roundId: string): Promise<AwardList> {
    const round = isUuid(roundId)
      ? await this.db
          .getRepository(GrantRound)
          .findOne({ where: { id: roundId }, relations: { scheme: true } })
      : null;
    // A draft round "does not exist" for the public.
    if (!round || round.status === RoundStatus.Draft) throw DomainError.notFound('Utlysningen');
    if (!PUBLISHED_STATUSES.includes(round.status)) {
      throw DomainError.invalidState(
        'Tildelingslisten publiseres når alle søknadene i utlysningen er avgjort.',
        round.status,
      );
    }
    const scheme = round.scheme as GrantScheme;
    const rows = await this.db.query<
      { recipient: string; organisation_number: string; amount_ore: string; measure_category: string }[]
    >(
      `SELECT o.name AS recipient, o.organisation_number, d.amount_ore, a.measure_category
         FROM decisions d
         JOIN applications a ON a.id = d.application_id
         JOIN organisations o ON o.id = a.organisation_id
        WHERE d.round_id = $1 AND ${LISTED_DECISIONS}
        ORDER BY o.name, o.organisation_number`,
      [roundId],
    );
    const categories = new Map(scheme.measureCategories.map((c) => [c.code, c.name]));
    const awards = rows.map((r) => ({
      year: round.year,
      tilskuddNoId: scheme.tilskuddNoId,
      schemeCode: scheme.code,
      schemeName: scheme.name,
      recipient: r.recipient,
      organisationNumber: r.organisation_number,
      amountOre: Number(r.amount_ore),
      measureCategory: categories.has(r.measure_category)
        ? `${r.measure_category}) ${categories.get(r.measure_category)}`
        : r.measure_category,
    }));
    return {
      roundId: round.id,
      year: round.year,
      tilskuddNoId: scheme.tilskuddNoId,
      schemeCode: scheme.code,
      schemeName: scheme.name,
      awards,
      totalOre: awards.reduce((sum, a) => sum + a.amountOre, 0),
    };
  }
}

/** Excel's text format, so an organisation number or an identifier stays text. */
const TEXT = '@';

/**
 * The list as CSV/XLSX in the columns tilskudd.no takes (year, scheme id, recipient, organisasjonsnummer, amount),
 * with the measure category last. The first row is the header — no title line above it — so the file imports as it
 * is; the scheme column holds the scheme's tilskudd.no identifier, not our internal code.
 */
export function awardListTable(list: AwardList): Table<Award> {
  return {
    sheet: 'Tildelinger',
    caption: [],
    columns: [
      { title: 'År', value: (a) => a.year },
      { title: 'Ordnings-ID', value: (a) => a.tilskuddNoId, numFmt: TEXT },
      { title: 'Mottaker', value: (a) => a.recipient, width: 40 },
      { title: 'Organisasjonsnummer', value: (a) => a.organisationNumber, numFmt: TEXT, width: 20 },
      { title: 'Beløp', value: (a) => a.amountOre, ore: true, width: 16 },
      { title: 'Innsatsområde', value: (a) => a.measureCategory },
    ],
    rows: list.awards,
  };
}
