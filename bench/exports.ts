/**
 * Issue-6 benchmark: export 100 000 disbursements to CSV, XLSX and pain.001, each format timed and its peak memory
 * taken in its own child process (bench/export-child.ts), next to a plain `COPY … TO STDOUT` of the same rows in the
 * same run; also the whole batch build (lock, items, all three files) as finance's request runs it.
 *
 *   npm run bench:exports [-- --no-build]      writes the issue-6 section of bench/RESULTS.md
 *
 * Settings: BENCH_EXPORT_GRANTS (default 10 000 accepted grants) × BENCH_EXPORT_INSTALMENTS (default 10).
 */
import { execFileSync } from 'node:child_process';
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
  transpileChildren,
  writeSection,
} from './common';
import type { ExportChildResult } from './export-child';
import { commitAndAnalyze, inSeedTransaction, seed } from './seed';

const GRANTS = num('BENCH_EXPORT_GRANTS', 10_000);
const INSTALMENTS = num('BENCH_EXPORT_INSTALMENTS', 10);
const DB_NAME = 'tilskudd_bench_exports';
const DATABASE_URL = benchDatabaseUrl(DB_NAME);
const TARGET_SECONDS = 10;
const TARGET_MB = 250;
/** A V8 old-space cap for a second run of each format, to show the memory the streaming writers really need. */
const HEAP_CAP_MB = 96;
const log = logger('bench:exports');
const children = new Children(log, { killAfterMs: 5000, reportAnyExit: false });
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'development',
  DATABASE_URL,
  LOG_LEVEL: 'warn',
};

interface Seeded {
  disbursements: number;
  totalOre: number;
  financeUserId: string;
  seconds: number;
}

/** GRANTS accepted grants, each paid in INSTALMENTS attested instalments to a verified account. */
async function seedAttested(): Promise<Seeded> {
  const started = performance.now();
  const base = await seed(DATABASE_URL, { applications: GRANTS, organisations: GRANTS });
  return inSeedTransaction(DATABASE_URL, async (client) => {
    const {
      rows: [approver],
    } = await client.query<{ id: string }>(
      `INSERT INTO users (email, name, password_hash, roles)
       VALUES ('godkjenner@bench.test', 'Gunnar Godkjenner', 'x', '{approver}') RETURNING id`,
    );
    const {
      rows: [finance],
    } = await client.query<{ id: string }>(
      `INSERT INTO users (email, name, password_hash, roles)
       VALUES ('okonomi@bench.test', 'Øystein Økonomi', 'x', '{finance}') RETURNING id`,
    );
    await client.query(`UPDATE organisations SET bank_account_verified_at = now() - interval '10 days'`);
    await client.query(
      `INSERT INTO decisions (application_id, round_id, outcome, amount_ore, conditions, reasons, prepared_by,
              approved_by, decided_at, notified_at, acceptance_deadline, accepted_at)
       SELECT a.id, a.round_id, 'granted', a.requested_amount_ore, '{}', NULL,
              (SELECT id FROM users WHERE email = 'saksbehandler@bench.test'), $1,
              now() - interval '9 days', now() - interval '8 days', now() + interval '13 days', now() - interval '7 days'
         FROM applications a WHERE a.round_id = $2`,
      [approver.id, base.roundId],
    );
    await client.query(`UPDATE applications SET status = 'accepted' WHERE round_id = $1`, [base.roundId]);
    // The instalments as the payment plan computes them: differences of the rounded-down cumulative shares.
    await client.query(
      `INSERT INTO disbursements (decision_id, application_id, organisation_id, round_id, instalment_no,
              instalment_count, amount_ore, due_date, status, decision_approved_by, attested_by, attested_at,
              bank_account, requires_extra_control)
       SELECT d.id, a.id, a.organisation_id, a.round_id, i, $1,
              floor(d.amount_ore * i / $1) - floor(d.amount_ore * (i - 1) / $1),
              current_date, 'attested', $2, $3, now() - interval '1 day', o.bank_account,
              (floor(d.amount_ore * i / $1) - floor(d.amount_ore * (i - 1) / $1)) > 100000000
         FROM decisions d JOIN applications a ON a.id = d.application_id
         JOIN organisations o ON o.id = a.organisation_id
         CROSS JOIN generate_series(1, $1) AS i`,
      [INSTALMENTS, approver.id, finance.id],
    );
    await commitAndAnalyze(client);
    const {
      rows: [totals],
    } = await client.query<{ n: number; sum: string }>(
      `SELECT count(*)::int AS n, sum(amount_ore) AS sum FROM disbursements WHERE status = 'attested'`,
    );
    return {
      disbursements: totals.n,
      totalOre: Number(totals.sum),
      financeUserId: finance.id,
      seconds: (performance.now() - started) / 1000,
    };
  });
}

type Measured = ExportChildResult & { maxSampledRssMb: number; loadBefore: string };

function runChild(
  script: string,
  mode: string,
  args: string[] = [],
  nodeFlags: string[] = [],
): Promise<Measured> {
  return runMeasuredChild<ExportChildResult>(
    children,
    `export-${mode}`,
    script,
    mode,
    args,
    childEnv,
    nodeFlags,
  );
}

/** `COPY (the batch's rows in file order) TO STDOUT` through psql, output discarded: the floor for reading the rows. */
function runCopy(batchId: string): { seconds: number; bytes: number } {
  const started = performance.now();
  const out = execFileSync(
    'psql',
    [
      DATABASE_URL,
      '-Atc',
      `\\copy (SELECT row FROM payment_batch_items WHERE batch_id = '${batchId}' AND live ORDER BY position) TO STDOUT`,
    ],
    { maxBuffer: 1024 ** 3 },
  );
  return { seconds: (performance.now() - started) / 1000, bytes: out.length };
}

function row(label: string, m: { seconds: number; bytes: number }, rss?: Measured): string {
  return `| ${label} | ${fmt(m.seconds, 2)} | ${fmt(m.bytes / 1024 ** 2, 1)} | ${rss ? fmt(rss.peakRssMb, 0) : '—'} | ${rss ? fmt(rss.maxSampledRssMb, 0) : '—'} | ${rss ? fmt(rss.cpuSeconds, 1) : '—'} |`;
}

async function main(): Promise<void> {
  const wallStart = performance.now();
  prepareBuild(log, ['dist/libs/grants/src/index.js', 'dist/scripts/migrate.js']);
  await recreateDatabase(log, DATABASE_URL, DB_NAME, childEnv);
  log(`seeding ${GRANTS} accepted grants × ${INSTALMENTS} attested instalments`);
  const seeded = await seedAttested();
  log(`seeded ${int(seeded.disbursements)} disbursements in ${fmt(seeded.seconds, 1)} s`);
  mkdirSync(OUT, { recursive: true });
  const childDir = transpileChildren(['export-child.ts', 'child-support.ts']);
  const script = join(childDir, 'export-child.js');
  try {
    const baseline = await runChild(script, 'baseline');
    log(`baseline (modules + connection): peak RSS ${fmt(baseline.peakRssMb, 0)} MB`);
    const build = await runChild(script, 'build', ['-', seeded.financeUserId]);
    log(
      `build: ${int(build.rows)} disbursements, three files, ${fmt(build.seconds, 1)} s, peak ${fmt(build.peakRssMb, 0)} MB`,
    );
    const client = new Client({ connectionString: DATABASE_URL });
    await client.connect();
    const {
      rows: [batch],
    } = await client.query<{ id: string; item_count: number; total_ore: string }>(
      `SELECT id, item_count, total_ore FROM payment_batches ORDER BY number DESC LIMIT 1`,
    );
    const {
      rows: [pg],
    } = await client.query<{ version: string }>('SELECT version()');
    await client.end();
    if (batch.item_count !== seeded.disbursements || Number(batch.total_ore) !== seeded.totalOre)
      throw new Error(`batch control total ${batch.item_count}/${batch.total_ore} differs from the seed`);
    const formats: Measured[] = [];
    for (const format of ['csv', 'xlsx', 'pain001']) {
      const m = await runChild(script, format, [batch.id]);
      log(
        `${format}: ${fmt(m.seconds, 2)} s, ${fmt(m.bytes / 1024 ** 2, 1)} MB, peak RSS ${fmt(m.peakRssMb, 0)} MB`,
      );
      formats.push(m);
    }
    // The same formats with V8's old space capped: what the streaming writers actually need to hold.
    const capped: Measured[] = [];
    for (const format of ['csv', 'xlsx', 'pain001']) {
      const m = await runChild(script, format, [batch.id], [`--max-old-space-size=${HEAP_CAP_MB}`]);
      log(
        `${format} (old space ${HEAP_CAP_MB} MB): ${fmt(m.seconds, 2)} s, peak RSS ${fmt(m.peakRssMb, 0)} MB`,
      );
      capped.push(m);
    }
    const copy = runCopy(batch.id);
    log(`COPY TO STDOUT: ${fmt(copy.seconds, 2)} s, ${fmt(copy.bytes / 1024 ** 2, 1)} MB`);

    const checks: Check[] = formats.flatMap((m) => [
      {
        text: `${m.mode}: ${fmt(m.seconds, 2)} s for ${int(m.rows)} disbursements (target < ${TARGET_SECONDS} s)`,
        pass: m.seconds < TARGET_SECONDS,
      },
      {
        text: `${m.mode}: peak RSS ${fmt(m.peakRssMb, 0)} MB (target < ${TARGET_MB} MB)`,
        pass: m.peakRssMb < TARGET_MB,
      },
    ]);
    const table = [
      '| Run | seconds | output MB | peak RSS (VmHWM) MB | max sampled RSS MB | process CPU s |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      row('COPY … TO STDOUT (psql, same rows, file order)', copy),
      row(
        'child baseline: modules + database connection, no work',
        { seconds: baseline.seconds, bytes: 0 },
        baseline,
      ),
      ...formats.map((m) => row(`${m.mode} — writeBatchFile into chunked storage`, m, m)),
      ...capped.map((m) => row(`${m.mode} — the same, \`--max-old-space-size=${HEAP_CAP_MB}\``, m, m)),
      row('build — PaymentBatchesService.build: lock, items, all three files, commit', build, build),
    ].join('\n');
    const at = new Date();
    const wallSeconds = (performance.now() - wallStart) / 1000;
    const markdown = [
      `## Issue 6 — finance exports: ${int(seeded.disbursements)} disbursements to CSV, XLSX and pain.001`,
      '',
      `Run ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:exports\` (the whole run took ${fmt(wallSeconds, 0)} s).`,
      '',
      '**Machine**',
      '',
      ...machine([
        `- Node.js ${process.version}, ${pg.version}`,
        '- The child process, PostgreSQL and the bench process share these cores.',
      ]),
      '',
      `**Dataset** (database \`${DB_NAME}\`, dropped and recreated each run; the issue-3 seed of \`bench/seed.ts\` plus set-based SQL)`,
      '',
      `- ${int(GRANTS)} accepted grants to ${int(GRANTS)} organisations with verified accounts, each paid in ${INSTALMENTS} attested instalments: ${int(seeded.disbursements)} disbursements, NOK ${int(seeded.totalOre / 100)} in all.`,
      '',
      '**Method**',
      '',
      '- Each run is its own Node.js process on the build output (`bench/export-child.ts`, transpiled, no ts-node), so',
      '  its peak RSS (VmHWM from /proc) is its own; the baseline row is the same process doing no work.',
      '- `build` first: `PaymentBatchesService.build` as `POST /api/payment-batches` calls it — locks the attested',
      '  disbursements, writes the batch items with their frozen rows, marks them exported, writes the three files into',
      '  chunked storage and commits.',
      '- Then each format alone: `writeBatchFile` for that format of the same batch (rows read through a server-side',
      '  cursor, 2 000 at a time; the file streamed into 1 MB chunks in `payment_batch_file_chunks`), in a transaction',
      '  rolled back afterwards. Time from just before the call to after it.',
      `- Each format once more with \`--max-old-space-size=${HEAP_CAP_MB}\`: without a cap V8 lets garbage pile up`,
      '  before collecting; with it, the peak shows what the export holds (rows are never all in memory).',
      '- `COPY … TO STDOUT`: the same rows (`payment_batch_items.row`, file order) through psql `\\copy`, output discarded.',
      '',
      '**Results**',
      '',
      table,
      '',
      '**Targets**',
      '',
      ...checkLines(checks),
      '',
    ].join('\n');
    await writeSection('issue-6', markdown);
    writeFileSync(
      join(OUT, 'issue-6.json'),
      JSON.stringify({ at, seeded, baseline, build, formats, capped, copy, checks }, null, 2),
    );
    printSummary(table, checks);
    log(`wrote bench/RESULTS.md; total ${fmt(wallSeconds, 0)} s`);
  } finally {
    rmSync(childDir, { recursive: true, force: true });
  }
}

runMain('bench:exports', main, () => children.stopAll());
