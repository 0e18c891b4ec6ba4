/**
 * Issue-7 benchmark (statistics part): the statistics of a round of 100 000 applications and the all-years summary,
 * each timed and its peak memory taken in its own child process (bench/statistics-child.ts) calling
 * StatisticsService as the API does.
 *
 *   npm run bench:statistics [-- --no-build]      writes the issue-7-statistics section of bench/RESULTS.md
 *
 * Settings: BENCH_STATS_APPLICATIONS (default 100 000) in the 2027 round; BENCH_STATS_EARLIER (default 25 000)
 * applications in each of four earlier rounds (2023–2026) for the all-years summary.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  benchDatabaseUrl,
  Check,
  checkLines,
  Children,
  fmt,
  int,
  logger,
  machine,
  num,
  OUT,
  prepareBuild,
  printSummary,
  recreateDatabase,
  runMeasuredChild,
  runMain,
  serverEnvironment,
  transpileChildren,
  writeSection,
} from './common';
import { commitAndAnalyze, inSeedTransaction, seed } from './seed';
import type { StatisticsChildResult } from './statistics-child';

const APPLICATIONS = num('BENCH_STATS_APPLICATIONS', 100_000);
const EARLIER = num('BENCH_STATS_EARLIER', 25_000);
const EARLIER_YEARS = [2023, 2024, 2025, 2026];
const ORGANISATIONS = Math.min(APPLICATIONS, 5000);
const DB_NAME = 'tilskudd_bench_statistics';
const DATABASE_URL = benchDatabaseUrl(DB_NAME);
const TARGET_MS = 500;
const log = logger('bench:statistics');
const children = new Children(log, { killAfterMs: 5000, reportAnyExit: false });
const childEnv = serverEnvironment({ DATABASE_URL });

/** Decisions for the applications of the given rounds: a fixed mix of outcomes by sequence number. */
const DECISIONS_SQL = `
  INSERT INTO decisions (application_id, round_id, outcome, amount_ore, conditions, reasons, prepared_by, approved_by,
                         decided_at, notified_at, lapsed_at, lapse_reason)
  SELECT a.id, a.round_id, o.outcome,
         CASE o.outcome WHEN 'granted' THEN a.requested_amount_ore
                        WHEN 'partly_granted' THEN a.requested_amount_ore / 2 ELSE 0 END,
         '{}',
         CASE WHEN o.outcome = 'granted' THEN NULL
              ELSE '{"rulesApplied": "§ 3", "factsReliedOn": "Søknaden.", "mainConsiderations": "Prioritering."}'::jsonb END,
         $1, CASE WHEN o.outcome = 'dismissed' THEN NULL ELSE $2::uuid END,
         now() - interval '30 days', now() - interval '29 days',
         CASE WHEN o.outcome = 'granted' AND a.sequence_number % 20 = 1 THEN now() - interval '5 days' END,
         CASE WHEN o.outcome = 'granted' AND a.sequence_number % 20 = 1 THEN 'Takket nei.' END
    FROM applications a
    CROSS JOIN LATERAL (SELECT CASE
           WHEN a.sequence_number % 10 < 4 THEN 'granted'
           WHEN a.sequence_number % 10 < 6 THEN 'partly_granted'
           WHEN a.sequence_number % 10 < 8 THEN 'rejected'
           WHEN a.sequence_number % 10 = 8 THEN 'dismissed' END AS outcome) o
   WHERE a.round_id = ANY($3) AND o.outcome IS NOT NULL`;

interface Seeded {
  roundId: string;
  rounds: number;
  applications: number;
  counties: number;
  categories: number;
  seconds: number;
}

async function seedStatistics(): Promise<Seeded> {
  const started = performance.now();
  const base = await seed(DATABASE_URL, {
    applications: APPLICATIONS,
    organisations: Math.min(APPLICATIONS, 5000),
  });
  return inSeedTransaction(DATABASE_URL, async (client) => {
    const {
      rows: [approver],
    } = await client.query<{ id: string }>(
      `INSERT INTO users (email, name, password_hash, roles)
       VALUES ('godkjenner@bench.test', 'Gunnar Godkjenner', 'x', '{approver}') RETURNING id`,
    );
    const {
      rows: [caseworker],
    } = await client.query<{ id: string }>(`SELECT id FROM users WHERE email = 'saksbehandler@bench.test'`);
    const roundIds = [base.roundId];
    for (const year of EARLIER_YEARS) {
      const {
        rows: [round],
      } = await client.query<{ id: string }>(
        `INSERT INTO grant_rounds (scheme_id, year, title, budget_frame_ore, opens_at, application_deadline,
                report_deadline, budget_chapter, budget_post, status, published_at, closed_at)
         SELECT scheme_id, $2::int, 'Tilskudd ' || $2::int, budget_frame_ore, opens_at - make_interval(years => 2027 - $2::int),
                application_deadline - make_interval(years => 2027 - $2::int), report_deadline - make_interval(years => 2027 - $2::int),
                budget_chapter, budget_post, 'decided', published_at - make_interval(years => 2027 - $2::int), now()
           FROM grant_rounds WHERE id = $1 RETURNING id`,
        [base.roundId, year],
      );
      // Earlier applications: copies of the first EARLIER of this year's, with their own ids and numbers.
      await client.query(
        `INSERT INTO applications
         SELECT (jsonb_populate_record(NULL::applications, to_jsonb(a) || jsonb_build_object(
                   'id', gen_random_uuid(), 'round_id', $2::uuid,
                   'reference_number', 'MHP-' || $3 || '-' || lpad(a.sequence_number::text, 6, '0')))).*
           FROM applications a WHERE a.round_id = $1 AND a.sequence_number <= $4`,
        [base.roundId, round.id, year, EARLIER],
      );
      roundIds.push(round.id);
    }
    await client.query(DECISIONS_SQL, [caseworker.id, approver.id, roundIds]);
    await commitAndAnalyze(client);
    const {
      rows: [count],
    } = await client.query<{ n: number; counties: number; categories: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT o.county)::int AS counties,
              count(DISTINCT a.measure_category)::int AS categories
         FROM applications a JOIN organisations o ON o.id = a.organisation_id`,
    );
    return {
      roundId: base.roundId,
      rounds: roundIds.length,
      applications: count.n,
      counties: count.counties,
      categories: count.categories,
      seconds: (performance.now() - started) / 1000,
    };
  });
}

type Measured = StatisticsChildResult & { maxSampledRssMb: number };

function runChild(script: string, mode: string, args: string[]): Promise<Measured> {
  return runMeasuredChild<StatisticsChildResult>(
    children,
    `statistics-${mode}`,
    script,
    mode,
    args,
    childEnv,
  );
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const wallStart = performance.now();
  prepareBuild(log, ['dist/libs/reporting/src/index.js', 'dist/scripts/migrate.js']);
  await recreateDatabase(log, DATABASE_URL, DB_NAME, childEnv);
  log(
    `seeding ${int(APPLICATIONS)} applications in 2027 and ${int(EARLIER)} in each of ${EARLIER_YEARS.join(', ')}`,
  );
  const seeded = await seedStatistics();
  log(
    `seeded ${int(seeded.applications)} applications in ${seeded.rounds} rounds in ${fmt(seeded.seconds, 1)} s`,
  );
  mkdirSync(OUT, { recursive: true });
  const childDir = transpileChildren(['statistics-child.ts', 'child-support.ts']);
  try {
    const script = join(childDir, 'statistics-child.js');
    const round = await runChild(script, 'round', [seeded.roundId]);
    log(
      `round: cold ${fmt(round.coldMs, 0)} ms, warm median ${fmt(median(round.warmMs), 0)} ms, peak ${fmt(round.peakRssMb, 0)} MB`,
    );
    const years = await runChild(script, 'years', []);
    log(
      `years: cold ${fmt(years.coldMs, 0)} ms, warm median ${fmt(median(years.warmMs), 0)} ms, peak ${fmt(years.peakRssMb, 0)} MB`,
    );
    const client = new Client({ connectionString: DATABASE_URL });
    await client.connect();
    const {
      rows: [pg],
    } = await client.query<{ version: string }>('SELECT version()');
    await client.end();

    const checks: Check[] = [round, years].map((m) => ({
      text: `${m.mode}: slowest call ${fmt(Math.max(m.coldMs, ...m.warmMs), 0)} ms (cold ${fmt(m.coldMs, 0)}, warm median ${fmt(median(m.warmMs), 0)}) for ${int(m.applications)} applications (target < ${TARGET_MS} ms)`,
      pass: Math.max(m.coldMs, ...m.warmMs) < TARGET_MS,
    }));
    const row = (label: string, m: Measured) =>
      `| ${label} | ${int(m.applications)} | ${m.groups} | ${fmt(m.coldMs, 0)} | ${fmt(median(m.warmMs), 0)} | ${fmt(Math.max(...m.warmMs), 0)} | ${fmt(m.peakRssMb, 0)} |`;
    const table = [
      '| Call | applications | groups | cold ms | warm median ms | warm max ms | peak RSS (VmHWM) MB |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      row('`StatisticsService.round` — the 2027 round: totals, by category, county, form', round),
      row('`StatisticsService.years` — every round, per scheme and year', years),
    ].join('\n');
    const at = new Date();
    const wallSeconds = (performance.now() - wallStart) / 1000;
    await writeSection(
      'issue-7-statistics',
      [
        `## Issue 7 — statistics: a round of ${int(APPLICATIONS)} applications and the all-years summary`,
        '',
        `Run ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:statistics\` (the whole run took ${fmt(wallSeconds, 0)} s).`,
        '',
        '**Machine**',
        '',
        ...machine([`- Node.js ${process.version}, ${pg.version}`]),
        '',
        `**Dataset** (database \`${DB_NAME}\`, dropped and recreated each run; the issue-3 seed plus set-based SQL)`,
        '',
        `- ${int(APPLICATIONS)} submitted applications in the 2027 round (${int(ORGANISATIONS)} organisations in ${seeded.counties} counties, ${seeded.categories} measure categories),`,
        `  and ${int(EARLIER)} in each of the earlier rounds ${EARLIER_YEARS.join(', ')}: ${int(seeded.applications)} in all.`,
        '- Decisions by sequence number: 40 % granted (every 20th later lapsed), 20 % partly granted, 20 % rejected,',
        '  10 % dismissed, 10 % undecided.',
        '',
        '**Method**',
        '',
        '- Each call in its own Node.js process on the build output (`bench/statistics-child.ts`, no ts-node):',
        '  `StatisticsService` as the API calls it, once cold (first query on a new connection) and 10 times warm.',
        '  The figures are computed in PostgreSQL (one `GROUPING SETS` query per round; one `GROUP BY` for all years).',
        '',
        '**Results**',
        '',
        table,
        '',
        '**Targets**',
        '',
        ...checkLines(checks),
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(OUT, 'issue-7-statistics.json'),
      JSON.stringify({ at, seeded, round, years, checks }, null, 2),
    );
    printSummary(table, checks);
    log(`wrote bench/RESULTS.md; total ${fmt(wallSeconds, 0)} s`);
  } finally {
    rmSync(childDir, { recursive: true, force: true });
  }
}

runMain('bench:statistics', main, () => children.stopAll());
