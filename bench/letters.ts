/**
 * Issue 5 benchmark: 1 000 grant letters end to end (outbox → queue → PDF stored → e-mail captured) against the same
 * 1 000 letters rendered with pdfmake alone.
 *
 *   npm run bench:letters                 builds dist/ (npm run build), seeds tilskudd_bench_letters, measures,
 *                                         writes the issue-5 section of bench/RESULTS.md
 *   npm run bench:letters -- --no-build   uses the dist/ that is there
 *
 * Environment: DATABASE_URL (its database name is replaced by tilskudd_bench_letters), REDIS_URL,
 * BENCH_LETTERS (1000), BENCH_QUIET_WAIT (60 s), BENCH_TIMEOUT (600 s).
 * Never run in CI; nothing here asserts timings.
 */
import 'reflect-metadata';
import { grantsEntities, LetterInput, LettersService, ReportLetters } from '@app/grants';
import { dataSourceOptions, QueueName, redisConnectionOptions, SystemClock } from '@app/platform';
import { ConnectionOptions, Queue } from 'bullmq';
import Redis from 'ioredis';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import * as ts from 'typescript';
import {
  backendCpu,
  backendCpuBetween,
  benchDatabaseUrl,
  Check,
  checkLines,
  Children,
  exited,
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
  recreateDatabase,
  ROOT,
  runMain,
  serverEnvironment,
  sleep,
  waitForQuiet,
  writeSection,
} from './common';
import type { RenderAloneResult } from './render-alone';
import { LetterSeedResult, seedDecidedGrants } from './seed-letters';

const WORKER_MAIN = 'dist/apps/worker/src/main.js';
const RENDER_MODULE = join(ROOT, 'dist/libs/grants/src/letters/render-letter.js');

const LETTERS = num('BENCH_LETTERS', 1000);
const TIMEOUT_MS = num('BENCH_TIMEOUT', 600) * 1000;
const QUIET_WAIT_S = num('BENCH_QUIET_WAIT', 60);
const POLL_MS = 200;
const DB_NAME = 'tilskudd_bench_letters';
const QUEUE_PREFIX = 'tilskudd-bench-letters';
/** Targets of issue 5. */
const THROUGHPUT_SHARE = 0.7;
const WORKER_RSS_LIMIT_MB = 300;

const DATABASE_URL = benchDatabaseUrl(DB_NAME);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const serverEnv = serverEnvironment({ DATABASE_URL, REDIS_URL, QUEUE_PREFIX });

const log = logger('bench:letters');
const children = new Children(log, { killAfterMs: 10_000, reportAnyExit: false });

/** Waits (up to BENCH_QUIET_WAIT seconds) until the machine is quiet; returns the seconds waited. */
const quiet = (): Promise<number> =>
  waitForQuiet(log, {
    limitSeconds: QUIET_WAIT_S,
    busy: (percent) =>
      `machine busy (${percent} % of a core); waiting up to ${QUIET_WAIT_S} s for it to be quiet`,
    stillBusy: 'machine still busy; measuring anyway (see the "other CPU" figures)',
  });

// ---------------------------------------------------------------------------------------------------------------
// Database and queues

/**
 * The letter inputs exactly as the worker builds them: LettersService's own (private) letterInput, on a TypeORM data
 * source configured as the worker's. The letter date is "now", as in the worker.
 */
async function buildLetterInputs(decisionIds: string[]): Promise<LetterInput[]> {
  const db = new DataSource(dataSourceOptions(DATABASE_URL, grantsEntities, 4));
  await db.initialize();
  try {
    const clock = new SystemClock();
    // Grant letters never ask the report letters: they need no configuration here.
    const service = new LettersService(db, clock, new ReportLetters(db, null as never));
    const inputs: LetterInput[] = new Array<LetterInput>(decisionIds.length);
    const lanes = 4;
    await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        for (let i = lane; i < decisionIds.length; i += lanes)
          inputs[i] = (await service['letterInput']('grant', decisionIds[i], clock.now())).input;
      }),
    );
    return inputs;
  } finally {
    await db.destroy();
  }
}

function openQueues(): Queue[] {
  return Object.values(QueueName).map(
    (name) =>
      new Queue(name, {
        connection: redisConnectionOptions(REDIS_URL) as ConnectionOptions,
        prefix: QUEUE_PREFIX,
      }),
  );
}

/** The redis-server's pid (to count its CPU), from INFO. */
async function redisPid(): Promise<number | undefined> {
  const client = new Redis(redisConnectionOptions(REDIS_URL));
  try {
    const info = await client.info('server');
    const pid = /^process_id:(\d+)/m.exec(info)?.[1];
    return pid ? Number(pid) : undefined;
  } finally {
    client.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// SMTP capture

interface Capture {
  server: SMTPServer;
  port: number;
  messages: number;
  bytes: number;
  withoutPdf: number;
  messageIds: Set<string>;
  recipients: Set<string>;
  /** performance.now() of the last message. */
  lastAt: number;
}

async function startCapture(): Promise<Capture> {
  const capture: Capture = {
    server: null as unknown as SMTPServer,
    port: 0,
    messages: 0,
    bytes: 0,
    withoutPdf: 0,
    messageIds: new Set(),
    recipients: new Set(),
    lastAt: 0,
  };
  capture.server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        // No MIME parsing: a PDF part is a Content-Type: application/pdf header followed by base64 of "%PDF-".
        const raw = Buffer.concat(chunks).toString('latin1');
        const part = raw.search(/^Content-Type: application\/pdf/im);
        const hasPdf = part >= 0 && raw.indexOf('JVBERi0', part) > part && raw.length > 20_000;
        if (!hasPdf) capture.withoutPdf++;
        const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1];
        if (messageId) capture.messageIds.add(messageId);
        for (const rcpt of session.envelope.rcptTo) capture.recipients.add(rcpt.address);
        capture.messages++;
        capture.bytes += raw.length;
        capture.lastAt = performance.now();
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    capture.server.once('error', reject);
    capture.server.listen(0, '127.0.0.1', () => resolve());
  });
  capture.port = (capture.server.server.address() as AddressInfo).port;
  return capture;
}

// ---------------------------------------------------------------------------------------------------------------
// The two runs

interface PipelineResult {
  letters: number;
  seconds: number;
  /** Seconds after the outbox insert: first row dispatched, last letter stored, last letter delivered (DB clock). */
  firstDispatchS: number;
  lastStoredS: number;
  lastDeliveredS: number;
  lastMailS: number;
  worker: { idleRssMb: number; maxSampledRssMb: number; endRssMb: number; peakRssMb: number; cpu: number };
  rssSamples: { t: number; rssMb: number }[];
  postgresCpu: number;
  redisCpu: number;
  benchCpu: number;
  otherCpu: number;
  loadBefore: string;
  loadAfter: string;
  quietWaitSeconds: number;
  capture: {
    messages: number;
    bytes: number;
    withoutPdf: number;
    uniqueMessageIds: number;
    recipients: number;
  };
  checks: {
    letters: number;
    delivered: number;
    nb: number;
    nn: number;
    avgPdfBytes: number;
    decisionsNotified: number;
    applicationsNotified: number;
    failedJobs: Record<string, number>;
    completedJobs: Record<string, number>;
    workerLogLines: { warn: number; error: number; firstError: string | null };
  };
}

async function runPipeline(
  client: Client,
  queues: Queue[],
  seeded: LetterSeedResult,
  capture: Capture,
): Promise<PipelineResult> {
  const worker = children.start('worker', [WORKER_MAIN], {
    ...serverEnv,
    SMTP_URL: `smtp://127.0.0.1:${capture.port}`,
  });
  // With LOG_LEVEL=warn the worker does not log "worker started": wait until its BullMQ workers are registered.
  const letters = queues.find((q) => q.name === String(QueueName.Letters))!;
  const mail = queues.find((q) => q.name === String(QueueName.Mail))!;
  const deadline = Date.now() + 60_000;
  while ((await letters.getWorkersCount()) === 0 || (await mail.getWorkersCount()) === 0) {
    if (exited(worker)) throw new Error('the worker exited during start-up; see bench/out/worker.log');
    if (Date.now() > deadline) throw new Error('the worker did not register its queue workers within 60 s');
    await sleep(200);
  }
  log('worker up; letting it settle');
  await sleep(2000);
  const quietWaitSeconds = await quiet();
  const idle = procStats(worker.pid);
  const redis = await redisPid();

  const loadBefore = loadAverage();
  const pgBefore = await backendCpu(client, DB_NAME);
  const workerBefore = procStats(worker.pid);
  const redisBefore = procStats(redis);
  const selfBefore = process.cpuUsage();
  const busyBefore = machineBusyTicks();
  const started = performance.now();
  const {
    rows: [inserted],
  } = await client.query<{ n: number; at: Date }>(
    `WITH ins AS (
       INSERT INTO outbox_messages (topic, payload, dedupe_key)
       SELECT 'letter.decision', jsonb_build_object('decisionId', id), 'letter.decision:' || id
         FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n) ORDER BY n
       RETURNING 1)
     SELECT count(*)::int AS n, now() AS at FROM ins`,
    [seeded.decisionIds],
  );
  if (inserted.n !== LETTERS) throw new Error(`inserted ${inserted.n} outbox rows, expected ${LETTERS}`);
  log(`${LETTERS} outbox rows inserted; waiting for ${LETTERS} delivered letters and captured e-mails`);

  const rssSamples: { t: number; rssMb: number }[] = [];
  let maxSampledRssMb = 0;
  let lastProgress = started;
  let delivered = 0;
  for (;;) {
    const now = performance.now();
    const stats = procStats(worker.pid);
    if (stats) {
      maxSampledRssMb = Math.max(maxSampledRssMb, stats.rssMb);
      rssSamples.push({ t: (now - started) / 1000, rssMb: stats.rssMb });
    }
    const {
      rows: [row],
    } = await client.query<{ delivered: number; stored: number }>(
      `SELECT count(*) FILTER (WHERE delivered_at IS NOT NULL)::int AS delivered, count(*)::int AS stored FROM letters`,
    );
    delivered = row.delivered;
    if (delivered >= LETTERS && capture.messages >= LETTERS) break;
    if (exited(worker)) throw new Error('the worker exited during the run; see bench/out/worker.log');
    if (now - started > TIMEOUT_MS)
      throw new Error(
        `timed out after ${TIMEOUT_MS / 1000} s: ${row.stored} letters stored, ${delivered} delivered, ` +
          `${capture.messages} e-mails captured (of ${LETTERS})`,
      );
    if (now - lastProgress > 10_000) {
      log(
        `${fmt((now - started) / 1000, 0)} s: ${row.stored} stored, ${delivered} delivered, ${capture.messages} captured, worker RSS ${fmt(stats?.rssMb ?? NaN, 0)} MB`,
      );
      lastProgress = now;
    }
    await sleep(POLL_MS);
  }
  const seconds = (performance.now() - started) / 1000;
  const busy = (machineBusyTicks() - busyBefore) / 100;
  const self = process.cpuUsage(selfBefore);
  const workerAfter = procStats(worker.pid);
  const redisAfter = procStats(redis);
  const postgres = backendCpuBetween(pgBefore, await backendCpu(client, DB_NAME));
  const loadAfter = loadAverage();
  const workerCpu = workerBefore && workerAfter ? workerAfter.cpuSeconds - workerBefore.cpuSeconds : NaN;
  const redisCpu = redisBefore && redisAfter ? redisAfter.cpuSeconds - redisBefore.cpuSeconds : 0;
  const benchCpu = (self.user + self.system) / 1e6;

  const {
    rows: [times],
  } = await client.query<{ first_dispatch: number; last_stored: number; last_delivered: number }>(
    `SELECT extract(epoch FROM (SELECT min(dispatched_at) FROM outbox_messages) - $1::timestamptz)::float8 AS first_dispatch,
            extract(epoch FROM max(created_at) - $1::timestamptz)::float8 AS last_stored,
            extract(epoch FROM max(delivered_at) - $1::timestamptz)::float8 AS last_delivered
       FROM letters`,
    [inserted.at],
  );
  const {
    rows: [letterStats],
  } = await client.query<{ letters: number; delivered: number; nb: number; nn: number; avg: number }>(
    `SELECT count(*)::int AS letters, count(*) FILTER (WHERE delivered_at IS NOT NULL)::int AS delivered,
            count(*) FILTER (WHERE language = 'nb')::int AS nb, count(*) FILTER (WHERE language = 'nn')::int AS nn,
            avg(size_bytes)::float8 AS avg
       FROM letters WHERE type = 'grant'`,
  );
  const {
    rows: [notified],
  } = await client.query<{ decisions: number; applications: number }>(
    `SELECT (SELECT count(*) FROM decisions WHERE notified_at IS NOT NULL)::int AS decisions,
            (SELECT count(*) FROM applications WHERE status = 'notified')::int AS applications`,
  );
  const failedJobs: Record<string, number> = {};
  const completedJobs: Record<string, number> = {};
  for (const queue of [letters, mail]) {
    const counts = await queue.getJobCounts('failed', 'completed');
    failedJobs[queue.name] = counts.failed ?? 0;
    completedJobs[queue.name] = counts.completed ?? 0;
  }
  const end = procStats(worker.pid);
  await children.stop(worker);
  const workerLog = readFileSync(join(OUT, 'worker.log'), 'utf8').split('\n');
  const errors = workerLog.filter((l) => l.includes('"level":"error"') || l.startsWith('Worker failed'));

  return {
    letters: LETTERS,
    seconds,
    firstDispatchS: times.first_dispatch,
    lastStoredS: times.last_stored,
    lastDeliveredS: times.last_delivered,
    lastMailS: (capture.lastAt - started) / 1000,
    worker: {
      idleRssMb: idle?.rssMb ?? NaN,
      maxSampledRssMb,
      endRssMb: end?.rssMb ?? NaN,
      peakRssMb: end?.peakRssMb ?? NaN,
      cpu: workerCpu / seconds,
    },
    rssSamples,
    postgresCpu: postgres / seconds,
    redisCpu: redisCpu / seconds,
    benchCpu: benchCpu / seconds,
    otherCpu: Math.max(0, (busy - workerCpu - postgres - redisCpu - benchCpu) / seconds),
    loadBefore,
    loadAfter,
    quietWaitSeconds,
    capture: {
      messages: capture.messages,
      bytes: capture.bytes,
      withoutPdf: capture.withoutPdf,
      uniqueMessageIds: capture.messageIds.size,
      recipients: capture.recipients.size,
    },
    checks: {
      letters: letterStats.letters,
      delivered: letterStats.delivered,
      nb: letterStats.nb,
      nn: letterStats.nn,
      avgPdfBytes: letterStats.avg,
      decisionsNotified: notified.decisions,
      applicationsNotified: notified.applications,
      failedJobs,
      completedJobs,
      workerLogLines: {
        warn: workerLog.filter((l) => l.includes('"level":"warn"')).length,
        error: errors.length,
        firstError: errors[0]?.slice(0, 400) ?? null,
      },
    },
  };
}

interface AloneResult extends RenderAloneResult {
  maxSampledRssMb: number;
  otherCpu: number;
  loadBefore: string;
  quietWaitSeconds: number;
}

/** Transpiles bench/render-alone.ts for plain node, so the child carries no ts-node (written to a temporary directory, removed after the run). */
function transpileRenderAlone(): string {
  const source = readFileSync(join(__dirname, 'render-alone.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2023,
      esModuleInterop: true,
    },
  });
  // Outside bench/ (whose generated files ESLint would lint); require() of the dist path works from anywhere.
  const file = join(mkdtempSync(join(tmpdir(), 'tilskudd-bench-letters-')), 'render-alone.js');
  writeFileSync(file, outputText);
  return file;
}

async function runAlone(inputsFile: string): Promise<AloneResult> {
  const script = transpileRenderAlone();
  const resultFile = join(OUT, 'render-alone.result.json');
  if (existsSync(resultFile)) writeFileSync(resultFile, '');
  const quietWaitSeconds = await quiet();
  const loadBefore = loadAverage();
  const busyBefore = machineBusyTicks();
  const selfBefore = process.cpuUsage();
  const started = performance.now();
  const child = children.start('render-alone', [script, inputsFile, RENDER_MODULE, resultFile], process.env);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let maxSampledRssMb = 0;
  let childCpu = 0;
  while (!exited(child)) {
    const stats = procStats(child.pid);
    if (stats) {
      maxSampledRssMb = Math.max(maxSampledRssMb, stats.rssMb);
      childCpu = stats.cpuSeconds;
    }
    if (performance.now() - started > TIMEOUT_MS) {
      await children.stop(child);
      throw new Error(`pdfmake alone timed out after ${TIMEOUT_MS / 1000} s`);
    }
    await sleep(POLL_MS);
  }
  const code = await exit;
  rmSync(dirname(script), { recursive: true, force: true });
  const wall = (performance.now() - started) / 1000;
  const busy = (machineBusyTicks() - busyBefore) / 100;
  const self = process.cpuUsage(selfBefore);
  if (code !== 0) throw new Error(`render-alone exited with ${code}; see bench/out/render-alone.log`);
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as RenderAloneResult;
  return {
    ...result,
    maxSampledRssMb,
    // The child's CPU from the last sample (it is gone now); the rest of the machine's over the child's lifetime.
    otherCpu: Math.max(
      0,
      (busy - Math.max(childCpu, result.cpuSeconds) - (self.user + self.system) / 1e6) / wall,
    ),
    loadBefore,
    quietWaitSeconds,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function table(p: PipelineResult, a: AloneResult): string {
  const pRate = p.letters / p.seconds;
  const aRate = a.letters / a.seconds;
  return [
    '| Run | letters | seconds | letters/s | peak RSS (VmHWM) MB | max sampled RSS MB | process CPU |',
    '|---|---:|---:|---:|---:|---:|---:|',
    `| Pipeline: outbox → queue → PDF stored → e-mail captured (worker) | ${int(p.letters)} | ${fmt(p.seconds, 1)} | ${fmt(pRate, 2)} | ${fmt(p.worker.peakRssMb, 0)} | ${fmt(p.worker.maxSampledRssMb, 0)} | ${fmt(p.worker.cpu * 100, 0)} % |`,
    `| pdfmake alone: \`renderLetterPdf\`, one letter at a time | ${int(a.letters)} | ${fmt(a.seconds, 1)} | ${fmt(aRate, 2)} | ${fmt(a.peakRssMb, 0)} | ${fmt(a.maxSampledRssMb, 0)} | ${fmt((a.cpuSeconds / a.seconds) * 100, 0)} % |`,
  ].join('\n');
}

function targets(p: PipelineResult, a: AloneResult): Check[] {
  const share = p.letters / p.seconds / (a.letters / a.seconds);
  const complete =
    p.checks.delivered === LETTERS &&
    p.capture.messages === LETTERS &&
    p.capture.withoutPdf === 0 &&
    p.capture.uniqueMessageIds === LETTERS &&
    p.checks.decisionsNotified === LETTERS &&
    a.notPdf === 0;
  return [
    {
      text: `Pipeline throughput ≥ ${fmt(THROUGHPUT_SHARE * 100, 0)} % of pdfmake alone: ${fmt(share * 100, 0)} % (${fmt(p.letters / p.seconds, 2)} / ${fmt(a.letters / a.seconds, 2)} letters/s)`,
      pass: share >= THROUGHPUT_SHARE,
    },
    {
      text: `Worker peak RSS < ${WORKER_RSS_LIMIT_MB} MB: ${fmt(p.worker.peakRssMb, 0)} MB (VmHWM over the worker's life)`,
      pass: p.worker.peakRssMb < WORKER_RSS_LIMIT_MB,
    },
    {
      text: `Every letter stored, delivered and captured once with its PDF, every decision notified: ${p.checks.delivered} delivered, ${p.capture.messages} e-mails (${p.capture.uniqueMessageIds} distinct Message-IDs, ${p.capture.withoutPdf} without a PDF), ${p.checks.decisionsNotified} decisions notified; pdfmake alone ${a.notPdf} non-PDF outputs`,
      pass: complete,
    },
  ];
}

function report(
  p: PipelineResult,
  a: AloneResult,
  seeded: LetterSeedResult,
  inputs: LetterInput[],
  pgVersion: string,
  wallSeconds: number,
  at: Date,
): string {
  const checks = targets(p, a);
  const kr = (ore: number): string => `NOK ${int(ore / 100)}`;
  const nbInputs = inputs.filter((i) => i.language === 'nb').length;
  return [
    '## Issue 5 — grant letters: pipeline against pdfmake alone',
    '',
    `Run ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:letters\` (builds \`dist/\` first; the whole run took ${fmt(wallSeconds, 0)} s).`,
    '',
    '**Machine**',
    '',
    ...machine([
      `- Node.js ${process.version}, ${pgVersion.split(',')[0]}, Redis on the same machine (local TCP)`,
      '- Worker, PostgreSQL, Redis and the bench process (SMTP capture, polling) share these cores.',
    ]),
    `- Load average (1/5/15 min): ${p.loadBefore} before the pipeline run, ${p.loadAfter} after it; ${a.loadBefore} before pdfmake alone.`,
    '',
    `**Dataset** (database \`${DB_NAME}\`, dropped and recreated each run; the issue-3 seed of \`bench/seed.ts\` plus \`bench/seed-letters.ts\`, set-based SQL)`,
    '',
    `- ${int(LETTERS)} decided applications in one round of one scheme (budget reservation off), one organisation each`,
    `  (${seeded.languages.nb} bokmål, ${seeded.languages.nn} nynorsk), each with a \`granted\` decision for the amount applied for`,
    `  (${kr(seeded.amountOre.min)}–${kr(seeded.amountOre.max)}, ${kr(seeded.amountOre.sum)} in all), prepared by a caseworker and approved by an`,
    '  approver, with the two conditions of the sample letters in the organisation’s language; grant period 2027-01-01–2027-12-31.',
    `- No outbox rows until the measured run; BullMQ prefix \`${QUEUE_PREFIX}\` (its queues are obliterated before the worker starts).`,
    '',
    '**Method**',
    '',
    `- Pipeline: \`node ${WORKER_MAIN}\` (NODE_ENV=production, LOG_LEVEL=warn, \`SMTP_URL\` → an \`smtp-server\` capture in the`,
    '  bench process that counts messages and checks each carries an `application/pdf` part starting with `%PDF-`,',
    '  without MIME parsing). Once the worker’s BullMQ workers are registered and the machine is quiet, the clock starts and',
    `  ${int(LETTERS)} \`letter.decision\` outbox rows go in with one INSERT; the clock stops when the e-mail count and the`,
    `  count of \`letters\` rows with \`delivered_at\` both reach ${int(LETTERS)} (polled every ${POLL_MS} ms). This includes the`,
    '  relay’s 1 s idle poll, the render queue (concurrency 2), storing the PDF, the mail queue (concurrency 5), SMTP and',
    '  the delivery transaction (decision notified, application → notified, audit events), and loading pdfmake on the first letter.',
    '- pdfmake alone: the same letters — the inputs built by `LettersService`’s own `letterInput` from the seeded rows',
    '  (same organisations, amounts, language, caseworker; letter date = time of the run), serialised to JSON — rendered',
    '  with `renderLetterPdf` from `dist/` one after another in a child process (`bench/render-alone.ts`, transpiled and run',
    '  with plain node, no ts-node), timed from just before the first letter (which loads pdfmake) to after the last;',
    '  the worker is stopped by then.',
    '- Peak RSS is VmHWM from `/proc/<pid>/status` (the worker’s over its whole life, read before it is stopped; the',
    `  child’s read by itself before exiting); “max sampled RSS” is the largest VmRSS seen every ${POLL_MS} ms. Process CPU is`,
    '  CPU time over the measured run (100 % = one core).',
    `- Before each run the script waits until the machine is quiet (under a quarter of a core busy for 3 s, at most ${QUIET_WAIT_S} s);`,
    `  waited ${fmt(p.quietWaitSeconds, 0)} s before the pipeline, ${fmt(a.quietWaitSeconds, 0)} s before pdfmake alone.`,
    '',
    '**Results**',
    '',
    table(p, a),
    '',
    `- Throughput ratio pipeline / pdfmake alone: **${fmt((p.letters / p.seconds / (a.letters / a.seconds)) * 100, 0)} %**.`,
    `- Pipeline timeline (seconds after the outbox INSERT): first row relayed ${fmt(p.firstDispatchS, 2)}, last PDF stored`,
    `  ${fmt(p.lastStoredS, 1)}, last delivery recorded ${fmt(p.lastDeliveredS, 1)}, last e-mail captured ${fmt(p.lastMailS, 1)}.`,
    `- Worker RSS: ${fmt(p.worker.idleRssMb, 0)} MB idle before the run, ${fmt(p.worker.endRssMb, 0)} MB at the end; peak ${fmt(p.worker.peakRssMb, 0)} MB.`,
    `  pdfmake alone: ${fmt(a.rssMb, 0)} MB at the end, peak ${fmt(a.peakRssMb, 0)} MB; first letter ${fmt(a.firstLetterMs, 0)} ms (loads pdfmake).`,
    `- CPU during the pipeline run (cores): worker ${fmt(p.worker.cpu, 2)}, PostgreSQL backends ${fmt(p.postgresCpu, 2)},`,
    `  Redis ${fmt(p.redisCpu, 2)}, bench process (SMTP capture, polling) ${fmt(p.benchCpu, 2)}, everything else ${fmt(p.otherCpu, 2)}.`,
    `  During pdfmake alone: the child ${fmt(a.cpuSeconds / a.seconds, 2)}, everything else ${fmt(a.otherCpu, 2)}.`,
    `- PDFs: pipeline average ${int(p.checks.avgPdfBytes)} B (${p.checks.nb} nb, ${p.checks.nn} nn stored); pdfmake alone average`,
    `  ${int(a.bytes / a.letters)} B (${int(a.minBytes)}–${int(a.maxBytes)} B; inputs ${nbInputs} nb, ${inputs.length - nbInputs} nn). E-mails captured: ${int(p.capture.messages)}, ${fmt(p.capture.bytes / 1024 ** 2, 1)} MB,`,
    `  ${p.capture.recipients} distinct recipients.`,
    `- Jobs: letters ${p.checks.completedJobs.letters} completed / ${p.checks.failedJobs.letters} failed, mail ${p.checks.completedJobs.mail} completed /`,
    `  ${p.checks.failedJobs.mail} failed; ${p.checks.applicationsNotified} applications moved to \`notified\`; worker log: ${p.checks.workerLogLines.error} error and`,
    `  ${p.checks.workerLogLines.warn} warn lines${p.checks.workerLogLines.firstError ? ` (first: \`${p.checks.workerLogLines.firstError.replace(/`/g, "'")}\`)` : ''}.`,
    '',
    '**Targets**',
    '',
    ...checkLines(checks),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

let capture: Capture | null = null;
let queues: Queue[] = [];

async function cleanUp(): Promise<void> {
  await children.stopAll();
  const server = capture?.server;
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  capture = null;
  await Promise.all(queues.map((q) => q.close().catch(() => undefined)));
  queues = [];
}

async function main(): Promise<void> {
  const wallStart = performance.now();
  prepareBuild(log, [WORKER_MAIN, 'dist/scripts/migrate.js', RENDER_MODULE]);
  await recreateDatabase(log, DATABASE_URL, DB_NAME, serverEnv);

  log(`seeding ${LETTERS} decided grant applications`);
  const seeded = await seedDecidedGrants(DATABASE_URL, LETTERS);
  log(
    `seeded in ${fmt(seeded.seconds, 1)} s (${seeded.languages.nb} nb, ${seeded.languages.nn} nn organisations)`,
  );

  const inputs = await buildLetterInputs(seeded.decisionIds);
  mkdirSync(OUT, { recursive: true });
  const inputsFile = join(OUT, 'letter-inputs.json');
  writeFileSync(inputsFile, JSON.stringify(inputs));
  log(`built ${inputs.length} letter inputs with LettersService (bench/out/letter-inputs.json)`);

  const client = new Client({ connectionString: DATABASE_URL, application_name: 'tilskudd-bench-letters' });
  await client.connect();
  try {
    const {
      rows: [pg],
    } = await client.query<{ version: string }>('SELECT version()');

    queues = openQueues();
    for (const queue of queues) await queue.obliterate({ force: true });
    capture = await startCapture();
    log(`SMTP capture on 127.0.0.1:${capture.port}; starting the worker`);

    const pipeline = await runPipeline(client, queues, seeded, capture);
    log(
      `pipeline: ${LETTERS} letters in ${fmt(pipeline.seconds, 1)} s = ${fmt(LETTERS / pipeline.seconds, 2)} letters/s, worker peak RSS ${fmt(pipeline.worker.peakRssMb, 0)} MB`,
    );

    log(`pdfmake alone: rendering the same ${inputs.length} letters in a child process`);
    const alone = await runAlone(inputsFile);
    log(
      `pdfmake alone: ${alone.letters} letters in ${fmt(alone.seconds, 1)} s = ${fmt(alone.letters / alone.seconds, 2)} letters/s, peak RSS ${fmt(alone.peakRssMb, 0)} MB`,
    );

    const at = new Date();
    const wallSeconds = (performance.now() - wallStart) / 1000;
    await writeSection('issue-5', report(pipeline, alone, seeded, inputs, pg.version, wallSeconds, at));
    const { rssSamples, ...pipelineSummary } = pipeline;
    writeFileSync(
      join(OUT, 'issue-5.json'),
      JSON.stringify(
        { at, wallSeconds, pipeline: pipelineSummary, alone, checks: targets(pipeline, alone), rssSamples },
        null,
        2,
      ),
    );
    printSummary(table(pipeline, alone), targets(pipeline, alone));
    log(`wrote bench/RESULTS.md; total ${fmt(wallSeconds, 0)} s`);
  } finally {
    await client.end();
  }
}

runMain('bench:letters', main, cleanUp);
