/**
 * Issue 3 benchmark: caseworker list and application detail against the plain node:http + pg ceiling.
 *
 *   npm run bench                 builds dist/ (npm run build), seeds tilskudd_bench, measures, writes RESULTS.md
 *   npm run bench -- --no-build   uses the dist/ that is there
 *
 * Environment: DATABASE_URL (its database name is replaced by tilskudd_bench), REDIS_URL,
 * BENCH_CONNECTIONS (50), BENCH_WARMUP (3 s), BENCH_DURATION (15 s), BENCH_APPLICATIONS (10000),
 * BENCH_API_PORT (3100), BENCH_PLAIN_PORT (3101).
 * Never run in CI; nothing here asserts timings.
 */
import autocannon from 'autocannon';
import { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  backendCpu as backendCpuOf,
  backendCpuBetween,
  benchDatabaseUrl,
  Check,
  checkLines,
  Children,
  fmt,
  int,
  loadAverage,
  logger,
  machine,
  machineBusyTicks,
  num,
  OUT,
  prepareBuild,
  printSummary,
  procStats,
  ProcStats,
  recreateDatabase,
  runMain,
  serverEnvironment,
  sleep,
  waitForQuiet,
  writeSection,
} from './common';
import { CASEWORKER_EMAIL, CASEWORKER_PASSWORD, seed, SeedResult } from './seed';

const CONNECTIONS = num('BENCH_CONNECTIONS', 50);
const WARMUP_S = num('BENCH_WARMUP', 3);
const DURATION_S = num('BENCH_DURATION', 15);
const APPLICATIONS = num('BENCH_APPLICATIONS', 10_000);
const ORGANISATIONS = 200;
const API_PORT = num('BENCH_API_PORT', 3100);
const PLAIN_PORT = num('BENCH_PLAIN_PORT', 3101);
const PLAIN_POOL = 20; // the API's TypeORM pool is 20 too
const DETAIL_IDS = 500;
const RETRIES = num('BENCH_RETRIES', 2);
const QUIET_WAIT_S = num('BENCH_QUIET_WAIT', 180);
/** Cores' worth of CPU used by other processes above which a measured run is repeated. */
const OTHER_CPU_LIMIT = 0.15;

const DB_NAME = 'tilskudd_bench';
const DATABASE_URL = benchDatabaseUrl(DB_NAME);
const serverEnv = serverEnvironment({ DATABASE_URL, QUEUE_PREFIX: 'tilskudd-bench' });

const log = logger('bench');
const children = new Children(log, { killAfterMs: 5000, reportAnyExit: true });

// ---------------------------------------------------------------------------------------------------------------
// Processes

/** A server under test, listening on `port`. */
const startChild = (name: string, args: string[], port: number): ChildProcess =>
  children.start(name, args, { ...serverEnv, PORT: String(port) });

async function waitFor(what: string, url: string, init: RequestInit = {}, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, init);
      if (res.status === 200) return;
      last = `${res.status} ${await res.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (children.all.some((c) => c.exitCode !== null)) break;
    await sleep(200);
  }
  throw new Error(`${what} did not answer 200 at ${url}: ${last}`);
}

/** CPU seconds so far of each bench-database backend (the API's and the plain server's pools). */
async function backendCpu(): Promise<Map<number, number>> {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await backendCpuOf(client, DB_NAME);
  } finally {
    await client.end();
  }
}

/** Waits (up to BENCH_QUIET_WAIT seconds, default 180) until the machine is quiet; returns the seconds waited. */
const quiet = (): Promise<number> =>
  waitForQuiet(log, {
    limitSeconds: QUIET_WAIT_S,
    busy: (percent) => `machine busy (${percent} % of a core outside this run); waiting for it to be quiet`,
    stillBusy: 'machine still busy; measuring anyway (see the "other CPU" column)',
  });

// ---------------------------------------------------------------------------------------------------------------
// Database

async function postgresVersion(): Promise<{ version: string; migration: string }> {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    const { rows: migrations } = await client.query<{ name: string }>(
      'SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1',
    );
    return { version: rows[0].version, migration: migrations[0]?.name ?? 'none' };
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Load

interface Scenario {
  key: string;
  label: string;
  url: string;
  requests: autocannon.Request[];
  headers?: Record<string, string>;
  pid?: number;
}

interface Measured {
  key: string;
  label: string;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  serverCpu: number | null;
  /** Cores' worth of CPU the PostgreSQL backends of the bench database used. */
  postgresCpu: number;
  /** Cores' worth of CPU used by everything else on the machine (not this run's processes). */
  otherCpu: number;
  loadBefore: string;
  quietWaitSeconds: number;
  attempts: number;
  autocannon: { p50: number; p99: number; rpsAverage: number };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function fire(
  scenario: Scenario,
  seconds: number,
  onLatency?: (ms: number) => void,
  requests = scenario.requests,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: scenario.url,
        connections: CONNECTIONS,
        duration: seconds,
        headers: scenario.headers,
        requests,
        timeout: 10,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (onLatency)
      instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
        onLatency(ms),
      );
  });
}

async function measure(scenario: Scenario): Promise<Measured> {
  const waited = await quiet();
  log(`${scenario.label}: warm-up ${WARMUP_S} s`);
  await fire(scenario, WARMUP_S);
  log(`${scenario.label}: measuring ${DURATION_S} s at ${CONNECTIONS} connections`);
  let latencies = new Float64Array(1 << 17);
  let count = 0;
  const loadBefore = loadAverage();
  const pgBefore = await backendCpu();
  const before = procStats(scenario.pid);
  const selfBefore = process.cpuUsage();
  const busyBefore = machineBusyTicks();
  const started = performance.now();
  const result = await fire(scenario, DURATION_S, (ms) => {
    if (count === latencies.length) {
      const grown = new Float64Array(latencies.length * 2);
      grown.set(latencies);
      latencies = grown;
    }
    latencies[count++] = ms;
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const busy = (machineBusyTicks() - busyBefore) / 100;
  const self = process.cpuUsage(selfBefore);
  const after = procStats(scenario.pid);
  const postgres = backendCpuBetween(pgBefore, await backendCpu());
  const server = before && after ? after.cpuSeconds - before.cpuSeconds : 0;
  const other = busy - postgres - server - (self.user + self.system) / 1e6;
  const sorted = latencies.slice(0, count).sort();
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([k, v]) => [k, v.count]),
  );
  return {
    key: scenario.key,
    label: scenario.label,
    rps: result.requests.average,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[count - 1] ?? NaN,
    requests: count,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    serverCpu: before && after ? server / wallSeconds : null,
    postgresCpu: postgres / wallSeconds,
    otherCpu: Math.max(0, other / wallSeconds),
    loadBefore,
    quietWaitSeconds: waited,
    attempts: 1,
    autocannon: { p50: result.latency.p50, p99: result.latency.p99, rpsAverage: result.requests.average },
  };
}

/** When a run had non-2xx answers: a short burst that keeps the first bodies, to say why. */
async function diagnose(scenario: Scenario): Promise<string[]> {
  const bodies = new Map<string, number>();
  const capture: autocannon.Request[] = scenario.requests.map((r) => ({
    ...r,
    onResponse: (status, body) => {
      if (status >= 200 && status < 300) return;
      const key = `${status} ${body.slice(0, 400)}`;
      bodies.set(key, (bodies.get(key) ?? 0) + 1);
    },
  }));
  await fire(scenario, 3, undefined, capture);
  return [...bodies.entries()].sort((a, b) => b[1] - a[1]).map(([body, n]) => `${n}× ${body}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function table(rows: Measured[], api: ProcStats | null, plain: ProcStats | null): string {
  const lines = [
    '| Scenario | req/s (avg) | p50 ms | p99 ms | max ms | requests | non-2xx | errors | server CPU | PG CPU | other CPU |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${int(r.rps)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.max, 1)} | ${int(r.requests)} | ${r.non2xx} | ${r.errors + r.timeouts} | ${r.serverCpu === null ? 'n/a' : `${fmt(r.serverCpu * 100, 0)} %`} | ${fmt(r.postgresCpu * 100, 0)} % | ${fmt(r.otherCpu * 100, 0)} % |`,
    ),
  ];
  lines.push(
    '',
    `Peak RSS over the whole run (VmHWM): API ${api ? `${fmt(api.peakRssMb, 0)} MB` : 'n/a'}, plain server ` +
      `${plain ? `${fmt(plain.peakRssMb, 0)} MB` : 'n/a'} (the plain server's includes ts-node).`,
  );
  return lines.join('\n');
}

function targets(rows: Measured[]): Check[] {
  const by = (key: string): Measured => rows.find((r) => r.key === key)!;
  const plain = by('plain');
  const detail = by('detail');
  const list = by('list');
  const share = detail.rps / plain.rps;
  return [
    {
      text: `Detail throughput ≥ 50 % of the plain handler's: ${fmt(share * 100, 0)} % (${int(detail.rps)} / ${int(plain.rps)} req/s)`,
      pass: share >= 0.5,
    },
    { text: `Detail p99 < 25 ms: ${fmt(detail.p99, 2)} ms`, pass: detail.p99 < 25 },
    { text: `List p99 < 50 ms: ${fmt(list.p99, 2)} ms`, pass: list.p99 < 50 },
    {
      text: `No non-2xx answers or socket errors: ${rows.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0)}`,
      pass: rows.every((r) => r.non2xx + r.errors + r.timeouts === 0),
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const wallStart = performance.now();
  prepareBuild(log, ['dist/apps/api/src/main.js', 'dist/scripts/migrate.js']);
  await recreateDatabase(log, DATABASE_URL, DB_NAME, serverEnv);

  log(`seeding ${APPLICATIONS} submitted applications, ${ORGANISATIONS} organisations`);
  const seeded: SeedResult = await seed(DATABASE_URL, {
    applications: APPLICATIONS,
    organisations: ORGANISATIONS,
  });
  log(`seeded in ${fmt(seeded.seconds, 1)} s (${seeded.attachments} attachments)`);
  const { version: pgVersion, migration } = await postgresVersion();

  const api = startChild('api', ['dist/apps/api/src/main.js'], API_PORT);
  const plain = startChild(
    'plain',
    ['-r', 'ts-node/register/transpile-only', 'bench/plain-server.ts'],
    PLAIN_PORT,
  );
  const apiUrl = `http://127.0.0.1:${API_PORT}`;
  const plainUrl = `http://127.0.0.1:${PLAIN_PORT}`;
  const sample = seeded.applicationIds[1]; // sequence number 2: even, so it has two attachments
  await waitFor('API', `${apiUrl}/api/health`);
  await waitFor('plain server', `${plainUrl}/applications/${sample}`);

  const login = await fetch(`${apiUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: CASEWORKER_EMAIL, password: CASEWORKER_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login answered ${login.status}: ${await login.text()}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const auth = { authorization: `Bearer ${accessToken}` };

  // Check the responses are what we mean to measure before measuring them.
  const listPath = `/api/applications?roundId=${seeded.roundId}&status=submitted&limit=25`;
  const listRes = await fetch(apiUrl + listPath, { headers: auth });
  const listBody = await listRes.text();
  const list = JSON.parse(listBody) as { items?: unknown[]; total?: number; totalIsExact?: boolean };
  // Totals are exact up to a cap (1 000 rows past the page); beyond it the API says the total is a lower bound.
  const totalOk =
    list.totalIsExact === false ? (list.total ?? 0) <= APPLICATIONS : list.total === APPLICATIONS;
  if (listRes.status !== 200 || list.items?.length !== 25 || !totalOk)
    throw new Error(`list check failed: ${listRes.status} ${listBody.slice(0, 500)}`);
  const detailRes = await fetch(`${apiUrl}/api/applications/${sample}`, { headers: auth });
  const detailBody = await detailRes.text();
  const detail = JSON.parse(detailBody) as { id?: string; attachments?: unknown[] };
  if (detailRes.status !== 200 || detail.id !== sample || detail.attachments?.length !== 2)
    throw new Error(`detail check failed: ${detailRes.status} ${detailBody.slice(0, 500)}`);
  const plainBody = await (await fetch(`${plainUrl}/applications/${sample}`)).text();
  log(
    `response sizes: list ${listBody.length} B, detail ${detailBody.length} B, plain row ${plainBody.length} B`,
  );

  // A fixed, shuffled set of ids, the same for the plain handler and the API (half have two attachments).
  const ids = [...seeded.applicationIds];
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  const detailIds = ids.slice(0, DETAIL_IDS);

  const scenarios: Scenario[] = [
    {
      key: 'plain',
      label: 'Plain node:http + pg, one row by id (ceiling)',
      url: plainUrl,
      requests: detailIds.map((id) => ({ method: 'GET', path: `/applications/${id}` })),
      pid: plain.pid,
    },
    {
      key: 'detail',
      label: 'API `GET /api/applications/:id` (caseworker)',
      url: apiUrl,
      headers: auth,
      requests: detailIds.map((id) => ({ method: 'GET', path: `/api/applications/${id}` })),
      pid: api.pid,
    },
    {
      key: 'list',
      label: 'API `GET /api/applications?roundId&status=submitted&limit=25`',
      url: apiUrl,
      headers: auth,
      requests: [{ method: 'GET', path: listPath }],
      pid: api.pid,
    },
  ];

  const rows: Measured[] = [];
  const diagnostics: Record<string, string[]> = {};
  for (const scenario of scenarios) {
    // Other work on the machine during a measured run makes it worthless: measure again (BENCH_RETRIES times at
    // most) and keep the attempt with the least foreign CPU.
    let row: Measured | undefined;
    let attempts = 0;
    while (attempts <= RETRIES) {
      attempts++;
      const measured = await measure(scenario);
      log(
        `${scenario.label}: ${int(measured.rps)} req/s, p50 ${fmt(measured.p50, 2)} ms, p99 ${fmt(measured.p99, 2)} ms, non-2xx ${measured.non2xx}, errors ${measured.errors + measured.timeouts}, other CPU ${fmt(measured.otherCpu * 100, 0)} %`,
      );
      if (!row || measured.otherCpu < row.otherCpu) row = measured;
      if (measured.otherCpu < OTHER_CPU_LIMIT) break;
      if (attempts <= RETRIES)
        log(`other work used ${fmt(measured.otherCpu * 100, 0)} % of a core: measuring again`);
    }
    if (!row) throw new Error('no measurement');
    row.attempts = attempts;
    rows.push(row);
    if (row.non2xx + row.errors + row.timeouts > 0) {
      diagnostics[scenario.key] = await diagnose(scenario);
      for (const line of diagnostics[scenario.key]) log(`  ${line}`);
    }
  }
  const apiStats = procStats(api.pid);
  const plainStats = procStats(plain.pid);
  await children.stopAll();

  const checks = targets(rows);
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const now = new Date();
  const body = [
    '## Issue 3 — application list and detail',
    '',
    `Run ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\` (builds \`dist/\` first; the whole run took ${fmt(wallSeconds, 0)} s).`,
    '',
    '**Machine**',
    '',
    ...machine([
      `- Node.js ${process.version}, ${pgVersion.split(',')[0]} (same machine, local TCP)`,
      `- Load generator (autocannon, in the bench process), API, plain server and PostgreSQL share these cores.`,
    ]),
    '',
    '**Dataset** (database `tilskudd_bench`, dropped and recreated each run, seeded with set-based SQL)',
    '',
    `- ${int(APPLICATIONS)} submitted applications in one published round of one scheme, ${ORGANISATIONS} organisations`,
    `  (one applicant member each), one caseworker; ${int(seeded.attachments)} attachments (every second application has`,
    '  statutes and budget, ~2 KB each). Text fields of a few hundred words, budget lines, other funding, contact and',
    '  signatory jsonb.',
    `- Schema and code: the working tree at the time of the run, migrated up to ${migration}.`,
    `- Response sizes: detail ${int(detailBody.length)} B, list page ${int(listBody.length)} B, plain row ${int(plainBody.length)} B.`,
    '',
    '**Method**',
    '',
    `- autocannon ${autocannonVersion()}, ${CONNECTIONS} connections, no pipelining; per scenario a ${WARMUP_S} s warm-up, then a`,
    `  ${DURATION_S} s measured run. Scenarios run one after another, in the order of the table.`,
    `- Detail and plain handler rotate through the same ${DETAIL_IDS} application ids (every connection walks the same`,
    '  shuffled list). The list asks for the first page of the round, filtered by status, default sort (-updatedAt).',
    `- API: \`node dist/apps/api/src/main.js\`, NODE_ENV=production, LOG_LEVEL=warn, TypeORM pool 20; every request carries`,
    '  a caseworker bearer token (obtained once through `POST /api/auth/login`).',
    `- Plain handler: \`bench/plain-server.ts\`, node:http + \`pg.Pool\` (max ${PLAIN_POOL}),`,
    '  `SELECT * FROM applications WHERE id = $1`, `JSON.stringify` of the row; no auth, no joins.',
    "- req/s is autocannon's average of per-second samples; p50/p99/max are computed from every response's latency",
    '  (sub-millisecond resolution). The CPU columns are CPU time over the measured run (100 % = one core) of the',
    '  server process, of the PostgreSQL backends serving `tilskudd_bench`, and of everything else on the machine',
    "  (processes that are not this run's); what is left of the two cores went to autocannon in the bench process.",
    '- Before each scenario the script waits until the machine is quiet (under a quarter of a core busy for 3 s,',
    `  at most ${QUIET_WAIT_S} s); waited ${rows.map((r) => `${r.key} ${fmt(r.quietWaitSeconds, 0)} s`).join(', ')}.`,
    `  A measured run during which other processes used more than ${fmt(OTHER_CPU_LIMIT * 100, 0)} % of a core is repeated (at most ${RETRIES} times),`,
    `  keeping the attempt with the least; attempts: ${rows.map((r) => `${r.key} ${r.attempts}`).join(', ')}.`,
    `  Load average (1/5/15 min) before each measured run: ${rows.map((r) => `${r.key} ${r.loadBefore}`).join('; ')}.`,
    '',
    '**Results**',
    '',
    table(rows, apiStats, plainStats),
    '',
    '**Targets**',
    '',
    ...checkLines(checks),
    ...(Object.keys(diagnostics).length
      ? [
          '',
          '**Non-2xx answers** (bodies captured in a 3 s burst after the run)',
          '',
          ...Object.entries(diagnostics).flatMap(([key, lines]) => [
            `- ${key}: ${JSON.stringify(rows.find((r) => r.key === key)!.statusCodes)}`,
            ...lines.map((l) => `  - \`${l.replace(/`/g, "'")}\``),
          ]),
        ]
      : []),
  ].join('\n');
  await writeSection('issue-3', body);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, 'issue-3.json'),
    JSON.stringify({ at: now, wallSeconds, rows, checks, apiStats, plainStats, diagnostics }, null, 2),
  );

  printSummary(table(rows, apiStats, plainStats), checks);
  log(`wrote bench/RESULTS.md; total ${fmt(wallSeconds, 0)} s`);
}

function autocannonVersion(): string {
  try {
    return (
      JSON.parse(readFileSync(require.resolve('autocannon/package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return '';
  }
}

runMain('bench', main, () => children.stopAll());
