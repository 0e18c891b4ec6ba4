import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { breakdownCells, COUNTED_REPORT_STATUSES, GrantRound, GrantScheme, isUuid } from '@app/grants';
import { OrganisationForm } from '@app/grants';
import { APP_CONFIG, AppConfig, DomainError } from '@app/platform';
import { DataSource, In } from 'typeorm';
import { AnyTable, Table, TableColumn } from '../files/tables';
import { CellValue, smallCellSymbol, suppressTable, WITHHELD } from './small-cells';
import { convertColumns } from '../files/row-columns';

/**
 * The figures of one group of applications (docs/domain.md §8). Counts are of applications, amounts in øre. They are
 * about organisations and public money, which Sfk publishes, so they are exact however small the group.
 */
export interface Figures {
  applications: number;
  appliedOre: number;
  grantedInFull: number;
  grantedInPart: number;
  rejected: number;
  dismissed: number;
  /** Submitted, not yet decided. */
  undecided: number;
  /** Grants declined by the organisation or not accepted in time (counted among the grants above). */
  lapsed: number;
  /** Granted in full or in part, in force and not lapsed. */
  grantedOre: number;
}

export interface Group extends Figures {
  key: string;
  label: string;
}

/**
 * An indicator (figures about people) summed across the recipients' counted reports, suppressed for publication:
 * 1..limit shows as "≤limit", and ":" withholds what would let a small figure be worked out (small-cells.ts).
 */
export interface IndicatorSum {
  code: string;
  name: string;
  /** How many reports the figures come from. */
  reports: number;
  cells: { cell: string; value: CellValue }[];
  total: CellValue;
}

export interface RoundStatistics {
  roundId: string;
  year: number;
  schemeCode: string;
  title: string;
  totals: Figures;
  byMeasureCategory: Group[];
  byCounty: Group[];
  byOrganisationForm: Group[];
  /** Figures about people from 1 to this many show as "≤limit" (STATISTICS_SMALL_CELL_LIMIT). */
  smallCellLimit: number;
  indicators: IndicatorSum[];
}

/**
 * One scheme's figures for one year. A scheme has one round a year (uq_grant_rounds_scheme_year), so the year's
 * indicator sums are the round's, suppressed the same way: the two views never differ, and neither can be
 * subtracted from the other.
 */
export interface YearStatistics extends Figures {
  schemeCode: string;
  year: number;
  roundId: string;
  indicators: IndicatorSum[];
}

const FORM_NB: Record<OrganisationForm, string> = {
  association: 'Forening/lag',
  foundation: 'Stiftelse',
  limited_company: 'Aksjeselskap',
  municipality: 'Kommune',
  cooperative: 'Samvirkeforetak',
  other: 'Annet',
};

/**
 * The figures in SQL. Applications are those submitted and not withdrawn; the decision is the one in force (an
 * appeal may have replaced an earlier one). Two stages: the rows are first aggregated per group key (a round's
 * per measure category and organisation) (an index-only scan of ix_applications_statistics and one hash aggregate), and the
 * grouping sets then roll up those few thousand rows instead of sorting every application once per set.
 */
const PER_GROUP_SQL = (where: string, keys: string) => `
  SELECT ${keys},
         count(*) AS applications,
         COALESCE(sum(a.requested_amount_ore), 0) AS "appliedOre",
         count(*) FILTER (WHERE d.outcome = 'granted') AS "grantedInFull",
         count(*) FILTER (WHERE d.outcome = 'partly_granted') AS "grantedInPart",
         count(*) FILTER (WHERE d.outcome = 'rejected') AS rejected,
         count(*) FILTER (WHERE d.outcome = 'dismissed') AS dismissed,
         count(*) FILTER (WHERE d.id IS NULL) AS undecided,
         count(*) FILTER (WHERE d.lapsed_at IS NOT NULL) AS lapsed,
         COALESCE(sum(d.amount_ore) FILTER (WHERE d.outcome IN ('granted', 'partly_granted') AND d.lapsed_at IS NULL), 0)
           AS "grantedOre"
    FROM applications a
    LEFT JOIN decisions d ON d.application_id = a.id AND d.superseded_by IS NULL
   WHERE a.submitted_at IS NOT NULL AND a.status <> 'withdrawn' AND ${where}
   GROUP BY ${keys}`;

const SUM_FIGURES_SQL = `
  sum(p.applications)::int AS applications, sum(p."appliedOre")::bigint AS "appliedOre",
  sum(p."grantedInFull")::int AS "grantedInFull", sum(p."grantedInPart")::int AS "grantedInPart",
  sum(p.rejected)::int AS rejected, sum(p.dismissed)::int AS dismissed, sum(p.undecided)::int AS undecided,
  sum(p.lapsed)::int AS lapsed, sum(p."grantedOre")::bigint AS "grantedOre"`;

type FiguresRow = Record<keyof Figures, string | number>;

/**
 * The indicators of the counted reports summed per round, indicator and cell; the rows with cell NULL carry the
 * number of reports per round and indicator.
 */
const INDICATOR_SUMS_SQL = (where: string) => `
  SELECT r.round_id AS "roundId", i.key AS code, c.key AS cell, sum(c.value::bigint) AS value,
         count(DISTINCT r.id)::int AS reports
    FROM recipient_reports r
   CROSS JOIN LATERAL jsonb_each(r.indicators) i
   CROSS JOIN LATERAL jsonb_each_text(i.value) c
   WHERE r.status = ANY($2) AND ${where}
   GROUP BY GROUPING SETS ((r.round_id, i.key, c.key), (r.round_id, i.key))`;

interface IndicatorRow {
  roundId: string;
  code: string;
  cell: string | null;
  value: string;
  reports: number;
}

/**
 * One round's indicator sums, each indicator a table of its scheme's breakdown cells and their total, suppressed.
 * The total is the sum of the published cells (never of cells the breakdown does not have), so that the table's
 * own arithmetic is the only arithmetic a reader can do with it.
 */
function indicatorSums(rows: IndicatorRow[], scheme: GrantScheme, limit: number): IndicatorSum[] {
  return scheme.reportIndicators.map((indicator) => {
    const of = rows.filter((r) => r.code === indicator.code);
    const cells = breakdownCells(indicator.breakdown);
    const table = suppressTable(
      cells.map((cell) => Number(of.find((r) => r.cell === cell)?.value ?? 0)),
      limit,
    );
    return {
      code: indicator.code,
      name: indicator.name,
      reports: of.find((r) => r.cell === null)?.reports ?? 0,
      cells: cells.map((cell, i) => ({ cell, value: table.cells[i] })),
      total: table.total,
    };
  });
}

function figures(row: FiguresRow): Figures {
  return convertColumns(
    row,
    Number,
    'applications',
    'appliedOre',
    'grantedInFull',
    'grantedInPart',
    'rejected',
    'dismissed',
    'undecided',
    'lapsed',
    'grantedOre',
  );
}

/** Statistics for staff, per round and across years, computed in SQL (GROUPING SETS), never in JavaScript loops. */
@Injectable()
export class StatisticsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get smallCellLimit(): number {
    return this.config.statistics.smallCellLimit;
  }

  async round(roundId: string): Promise<RoundStatistics> {
    const round = isUuid(roundId)
      ? await this.db
          .getRepository(GrantRound)
          .findOne({ where: { id: roundId }, relations: { scheme: true } })
      : null;
    if (!round) throw DomainError.notFound('Utlysningen');
    const scheme = round.scheme as GrantScheme;
    const rows = await this.db.query<
      (FiguresRow & {
        g: number;
        measure_category: string | null;
        county: string | null;
        form: string | null;
      })[]
    >(
      `SELECT GROUPING(p.measure_category, o.county, o.form)::int AS g, p.measure_category, o.county, o.form,
              ${SUM_FIGURES_SQL}
         FROM (${PER_GROUP_SQL('a.round_id = $1', 'a.measure_category, a.organisation_id')}) p
         JOIN organisations o ON o.id = p.organisation_id
        GROUP BY GROUPING SETS ((), (p.measure_category), (o.county), (o.form))`,
      [roundId],
    );
    // GROUPING(...) is a bit mask: 0b011 = grouped by measure category only, 0b101 county, 0b110 form, 0b111 total.
    const categoryNames = new Map(scheme.measureCategories.map((c) => [c.code, c.name]));
    const group = (mask: number, key: (r: (typeof rows)[number]) => string, label: (key: string) => string) =>
      rows
        .filter((r) => r.g === mask)
        .map((r) => ({ key: key(r), label: label(key(r)), ...figures(r) }))
        .sort((a, b) => a.key.localeCompare(b.key, 'nb'));
    const total = rows.find((r) => r.g === 0b111);
    const indicatorRows = await this.db.query<IndicatorRow[]>(INDICATOR_SUMS_SQL('r.round_id = $1'), [
      roundId,
      COUNTED_REPORT_STATUSES,
    ]);
    return {
      roundId: round.id,
      year: round.year,
      schemeCode: scheme.code,
      title: round.title,
      totals: total ? figures(total) : figures(EMPTY),
      byMeasureCategory: group(
        0b011,
        (r) => r.measure_category ?? '',
        (key) => (categoryNames.get(key) ? `${key}) ${categoryNames.get(key)}` : key),
      ),
      byCounty: group(
        0b101,
        (r) => r.county ?? '',
        (key) => key,
      ),
      byOrganisationForm: group(
        0b110,
        (r) => r.form ?? '',
        (key) => FORM_NB[key as OrganisationForm] ?? key,
      ),
      smallCellLimit: this.smallCellLimit,
      indicators: indicatorSums(indicatorRows, scheme, this.smallCellLimit),
    };
  }

  /** Every round's totals and indicator sums, per scheme and year (optionally one scheme). */
  async years(schemeId?: string): Promise<YearStatistics[]> {
    if (schemeId !== undefined && !isUuid(schemeId)) throw DomainError.notFound('Tilskuddsordningen');
    const rows = await this.db.query<
      (FiguresRow & { schemeId: string; schemeCode: string; year: number; roundId: string })[]
    >(
      `SELECT s.id AS "schemeId", s.code AS "schemeCode", r.year, r.id AS "roundId", ${SUM_FIGURES_SQL}
         FROM (${PER_GROUP_SQL(
           '($1::uuid IS NULL OR a.round_id IN (SELECT id FROM grant_rounds WHERE scheme_id = $1))',
           'a.round_id',
         )}) p
         JOIN grant_rounds r ON r.id = p.round_id
         JOIN grant_schemes s ON s.id = r.scheme_id
        GROUP BY s.id, s.code, r.year, r.id
        ORDER BY s.code, r.year`,
      [schemeId ?? null],
    );
    const indicatorRows = await this.db.query<IndicatorRow[]>(
      INDICATOR_SUMS_SQL(
        '($1::uuid IS NULL OR r.round_id IN (SELECT id FROM grant_rounds WHERE scheme_id = $1))',
      ),
      [schemeId ?? null, COUNTED_REPORT_STATUSES],
    );
    const schemes = new Map(
      (
        await this.db.getRepository(GrantScheme).findBy({ id: In([...new Set(rows.map((r) => r.schemeId))]) })
      ).map((s) => [s.id, s]),
    );
    return rows.map((r) => ({
      schemeCode: r.schemeCode,
      year: Number(r.year),
      roundId: r.roundId,
      ...figures(r),
      indicators: indicatorSums(
        indicatorRows.filter((i) => i.roundId === r.roundId),
        schemes.get(r.schemeId)!,
        this.smallCellLimit,
      ),
    }));
  }
}

const EMPTY: FiguresRow = {
  applications: 0,
  appliedOre: 0,
  grantedInFull: 0,
  grantedInPart: 0,
  rejected: 0,
  dismissed: 0,
  undecided: 0,
  lapsed: 0,
  grantedOre: 0,
};

const FIGURE_COLUMNS: TableColumn<Figures>[] = [
  { title: 'Søknader', value: (r) => r.applications },
  { title: 'Omsøkt (kr)', value: (r) => r.appliedOre, ore: true, width: 18 },
  { title: 'Innvilget', value: (r) => r.grantedInFull },
  { title: 'Delvis innvilget', value: (r) => r.grantedInPart },
  { title: 'Avslått', value: (r) => r.rejected },
  { title: 'Avvist', value: (r) => r.dismissed },
  { title: 'Ikke avgjort', value: (r) => r.undecided },
  { title: 'Bortfalt', value: (r) => r.lapsed },
  { title: 'Tildelt (kr)', value: (r) => r.grantedOre, ore: true, width: 18 },
];

/** The round's statistics as tables: the application figures, then the indicator sums. */
export function roundStatisticsTables(stats: RoundStatistics): AnyTable[] {
  return [
    roundStatisticsTable(stats),
    indicatorTable(`${stats.schemeCode} ${stats.year}`, [stats], stats.smallCellLimit),
  ];
}

/** Every scheme's and year's statistics as tables: the application figures, then the indicator sums. */
export function yearStatisticsTables(years: YearStatistics[], smallCellLimit: number): AnyTable[] {
  return [yearStatisticsTable(years), indicatorTable('per ordning og år', years, smallCellLimit)];
}

/** How the figures about people are shown, for the caption of every table of them. */
function suppressionNote(limit: number): string {
  return (
    `1–${limit} personer vises som ${smallCellSymbol(limit)}, og ${WITHHELD} er holdt tilbake (over ${limit}) ` +
    `så et lite tall ikke kan regnes ut; er totalen ${smallCellSymbol(limit)}, vises alle tall slik.`
  );
}

interface IndicatorLine {
  schemeCode: string;
  year: number;
  name: string;
  cell: string;
  value: CellValue;
}

function indicatorTable(
  scope: string,
  of: { schemeCode: string; year: number; indicators: IndicatorSum[] }[],
  limit: number,
): Table<IndicatorLine> {
  return {
    sheet: 'Indikatorer',
    caption: [
      `Indikatorer ${scope} (summert over innsendte og behandlede rapporter)`,
      suppressionNote(limit),
    ],
    columns: [
      { title: 'Ordning', value: (r) => r.schemeCode },
      { title: 'År', value: (r) => r.year },
      { title: 'Indikator', value: (r) => r.name, width: 36 },
      { title: 'Fordeling', value: (r) => r.cell, width: 24 },
      { title: 'Antall', value: (r) => r.value },
    ],
    rows: of.flatMap(({ schemeCode, year, indicators }) =>
      indicators.flatMap((i) => [
        ...i.cells.map((c) => ({ schemeCode, year, name: i.name, cell: c.cell, value: c.value })),
        { schemeCode, year, name: i.name, cell: 'totalt', value: i.total },
      ]),
    ),
  };
}

/** The round's statistics as one table: the totals, then each breakdown, a row per group. */
export function roundStatisticsTable(stats: RoundStatistics): Table<Group & { dimension: string }> {
  const rows = [
    { dimension: 'Totalt', key: '', label: 'Alle', ...stats.totals },
    ...stats.byMeasureCategory.map((g) => ({ dimension: 'Innsatsområde', ...g })),
    ...stats.byCounty.map((g) => ({ dimension: 'Fylke', ...g })),
    ...stats.byOrganisationForm.map((g) => ({ dimension: 'Organisasjonsform', ...g })),
  ];
  return {
    sheet: 'Statistikk',
    caption: [`Statistikk ${stats.schemeCode} ${stats.year}`, stats.title],
    columns: [
      { title: 'Inndeling', value: (r) => r.dimension, width: 20 },
      { title: 'Gruppe', value: (r) => r.label, width: 36 },
      ...(FIGURE_COLUMNS as TableColumn<Group & { dimension: string }>[]),
    ],
    rows,
  };
}

export function yearStatisticsTable(years: YearStatistics[]): Table<YearStatistics> {
  return {
    sheet: 'Per år',
    caption: ['Statistikk per ordning og år'],
    columns: [
      { title: 'Ordning', value: (r) => r.schemeCode },
      { title: 'År', value: (r) => r.year },
      ...(FIGURE_COLUMNS as TableColumn<YearStatistics>[]),
    ],
    rows: years,
  };
}
