/**
 * What the benchmark scripts (bench/run.ts, bench/letters.ts) share: settings from the environment, child processes,
 * CPU and memory figures from /proc, waiting for a quiet machine, the benchmark database, machine facts and the
 * RESULTS.md section writer.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import * as prettier from 'prettier';

export const ROOT = join(__dirname, '..');
export const OUT = join(__dirname, 'out');
export const RESULTS = join(__dirname, 'RESULTS.md');

export type Log = (line: string) => void;

/** A log that prefixes every line with `[name]`. */
export const logger =
  (name: string): Log =>
  (line) =>
    void process.stdout.write(`[${name}] ${line}\n`);

/** A whole number from the environment, or the fallback. */
export const num = (name: string, fallback: number): number => {
  const raw = process.env[name];
  return raw && /^\d+$/.test(raw) ? Number(raw) : fallback;
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
export const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
export const int = (n: number): string => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');

/** DATABASE_URL (or the local default) with its database name replaced by `name`. */
export function benchDatabaseUrl(name: string): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tilskudd');
  url.pathname = `/${name}`;
  return url.toString();
}

/** The environment of the servers and the worker under test: production mode, quiet logs, a throwaway JWT secret. */
export function serverEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    // Production requires the paying account; the test vectors of docs/domain.md §6, as in development.
    PAYMENT_DEBTOR_ACCOUNT: '86011117947',
    PAYMENT_DEBTOR_BIC: 'DNBANOKKXXX',
    PAYMENT_DEBTOR_ORGANISATION_NUMBER: '988077917',
    PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Processes

export const exited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

export interface ChildrenOptions {
  /** How long a child has after SIGTERM before SIGKILL. */
  killAfterMs: number;
  /**
   * true: any exit before stopChildren is reported ("exited early"); false: only a failed exit of a child that was not
   * stopped on purpose ("exited").
   */
  reportAnyExit: boolean;
}

/** The Node.js child processes of a run, their output in bench/out/<name>.log. */
export class Children {
  readonly all: ChildProcess[] = [];
  private stopping = false;
  private readonly stopped = new Set<ChildProcess>();

  constructor(
    private readonly log: Log,
    private readonly options: ChildrenOptions,
  ) {}

  start(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
    mkdirSync(OUT, { recursive: true });
    const fd = openSync(join(OUT, `${name}.log`), 'w');
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    this.all.push(child);
    child.on('exit', (code, signal) => {
      if (this.stopping || this.stopped.has(child)) return;
      if (this.options.reportAnyExit)
        this.log(`${name} exited early (code ${code}, signal ${signal}); see bench/out/${name}.log`);
      else if (code !== 0)
        this.log(`${name} exited (code ${code}, signal ${signal}); see bench/out/${name}.log`);
    });
    return child;
  }

  async stop(child: ChildProcess): Promise<void> {
    if (exited(child)) return;
    this.stopped.add(child);
    const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), this.options.killAfterMs);
    await done;
    clearTimeout(timer);
  }

  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.all.map((child) => this.stop(child)));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// CPU and memory

export interface ProcStats {
  rssMb: number;
  peakRssMb: number;
  cpuSeconds: number;
}

export function procStats(pid: number | undefined): ProcStats | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string): number =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024, cpuSeconds: ticks / 100 };
  } catch {
    return null;
  }
}

/** Busy CPU ticks of the whole machine (all cores) from /proc/stat. */
export function machineBusyTicks(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return user + nice + system + irq + softirq + steal;
}

export const loadAverage = (): string =>
  readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** CPU seconds so far of the PostgreSQL backends serving database `dbName` (but the one of `client`). */
export async function backendCpu(client: Client, dbName: string): Promise<Map<number, number>> {
  const { rows } = await client.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [dbName],
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    const stats = procStats(pid);
    if (stats) cpu.set(pid, stats.cpuSeconds);
  }
  return cpu;
}

/** CPU the backends used between two readings; a backend that started in between counts whole. */
export function backendCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, seconds] of after) sum += seconds - (before.get(pid) ?? 0);
  return sum;
}

export interface QuietOptions {
  /** The longest wait, in seconds. */
  limitSeconds: number;
  /** The line logged once when the machine is busy; `percent` is the share of a core busy. */
  busy: (percent: string) => string;
  /** The line logged when the limit is reached. */
  stillBusy: string;
}

/**
 * Waits (up to limitSeconds) until the machine is quiet: less than a quarter of a core busy over three consecutive
 * seconds while this run is idle. Returns the seconds waited.
 */
export async function waitForQuiet(log: Log, options: QuietOptions): Promise<number> {
  const started = performance.now();
  let quietSeconds = 0;
  let warned = false;
  while (quietSeconds < 3) {
    const before = machineBusyTicks();
    await sleep(1000);
    const cores = (machineBusyTicks() - before) / 100;
    quietSeconds = cores < 0.25 ? quietSeconds + 1 : 0;
    if (quietSeconds === 0 && !warned) {
      log(options.busy(fmt(cores * 100, 0)));
      warned = true;
    }
    if (performance.now() - started > options.limitSeconds * 1000) {
      log(options.stillBusy);
      break;
    }
  }
  return (performance.now() - started) / 1000;
}

// ---------------------------------------------------------------------------------------------------------------
// Preparation

/**
 * Warns about a loaded machine, runs `npm run build` unless --no-build was given, and checks that the build output
 * the run needs is there (paths relative to the repository root, or absolute).
 */
export function prepareBuild(log: Log, files: string[]): void {
  if (Number(loadAverage().split(' ')[0]) > 0.5)
    log(`warning: load average ${loadAverage()} before the run; other work on the machine skews the figures`);
  if (!process.argv.includes('--no-build')) {
    log('npm run build');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  for (const file of files) {
    if (!existsSync(resolve(ROOT, file))) throw new Error(`${file} is missing: run npm run build first`);
  }
}

/** Drops and creates database `dbName` (of `databaseUrl`), then migrates it with dist/scripts/migrate.js. */
export async function recreateDatabase(
  log: Log,
  databaseUrl: string,
  dbName: string,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  log(`recreating ${dbName} and migrating`);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${dbName}`);
  } finally {
    await client.end();
  }
  execFileSync(process.execPath, ['dist/scripts/migrate.js'], { cwd: ROOT, env, stdio: 'inherit' });
}

/**
 * Runs a measuring child (`node [flags] <script> <dist> <mode> <result.json> [args]`, see bench/child-support.ts)
 * after a second of quiet, samples its RSS every 50 ms, and returns what it wrote to <result.json> with the largest
 * sample. Its output goes to bench/out/<name>.log.
 */
export async function runMeasuredChild<R>(
  children: Children,
  name: string,
  script: string,
  mode: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  nodeFlags: string[] = [],
): Promise<R & { maxSampledRssMb: number; loadBefore: string }> {
  const resultFile = join(OUT, `${name}.json`);
  if (existsSync(resultFile)) rmSync(resultFile);
  await sleep(1000);
  const loadBefore = loadAverage();
  const child = children.start(
    name,
    [...nodeFlags, script, join(ROOT, 'dist'), mode, resultFile, ...args],
    env,
  );
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let maxSampledRssMb = 0;
  while (!exited(child)) {
    const stats = procStats(child.pid);
    if (stats) maxSampledRssMb = Math.max(maxSampledRssMb, stats.rssMb);
    await sleep(50);
  }
  const code = await exit;
  if (code !== 0) throw new Error(`${name} exited with ${code}; see bench/out/${name}.log`);
  return { ...(JSON.parse(readFileSync(resultFile, 'utf8')) as R), maxSampledRssMb, loadBefore };
}

/**
 * Transpiles bench child scripts (and what they import from bench/) for plain node into one temporary directory, so
 * a child carries no ts-node; returns the directory (remove it after the run).
 */
export function transpileChildren(files: string[]): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require('typescript') as typeof import('typescript');
  const dir = mkdtempSync(join(tmpdir(), 'tilskudd-bench-'));
  for (const file of files) {
    const source = readFileSync(join(__dirname, file), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2023,
        esModuleInterop: true,
      },
    });
    writeFileSync(join(dir, file.replace(/\.ts$/, '.js')), outputText);
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------------------------
// Report

export interface Check {
  text: string;
  pass: boolean;
}

/** The targets as a Markdown list. */
export const checkLines = (checks: Check[]): string[] =>
  checks.map((c) => `- ${c.pass ? 'PASS' : 'FAIL'} — ${c.text}`);

/** The results table and the targets, on stdout at the end of a run. */
export function printSummary(table: string, checks: Check[]): void {
  process.stdout.write(
    `\n${table}\n\n${checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'}  ${c.text}`).join('\n')}\n`,
  );
}

/** The CPU and memory lines of the machine section, then the run's own `more` lines. */
export function machine(more: string[]): string[] {
  let memory = `${fmt(totalmem() / 1024 ** 3, 1)} GiB`;
  try {
    const free = execFileSync('free', ['-h'], { encoding: 'utf8' });
    memory = /^Mem:\s+(\S+)/m.exec(free)?.[1] ?? memory;
  } catch {
    // free(1) missing: keep os.totalmem()
  }
  let nproc = String(cpus().length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // keep os.cpus()
  }
  return [
    `- CPU: ${nproc} cores (\`nproc\`), ${cpus()[0]?.model ?? 'unknown model'}`,
    `- Memory: ${memory} total (\`free -h\`)`,
    ...more,
  ];
}

/**
 * Replaces a benchmark's section of RESULTS.md (between its markers `<!-- bench:<id> start/end -->`), formatted as
 * `npm run format` would.
 */
export async function writeSection(id: string, markdown: string): Promise<void> {
  const start = `<!-- bench:${id} start -->`;
  const end = `<!-- bench:${id} end -->`;
  const options = (await prettier.resolveConfig(RESULTS)) ?? {};
  const formatted = await prettier.format(markdown, { ...options, parser: 'markdown' });
  const section = `${start}\n\n${formatted.trim()}\n\n${end}`;
  let text = existsSync(RESULTS)
    ? readFileSync(RESULTS, 'utf8')
    : '# Benchmark results\n\nEach section is written by its benchmark script; run it again to replace the section.\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) text = text.slice(0, from) + section + text.slice(to + end.length);
  else text = `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(RESULTS, text.endsWith('\n') ? text : `${text}\n`);
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Runs `main`, then `cleanUp` whatever happens (also on SIGINT/SIGTERM, exiting with 130); a failure is printed as
 * `<name> failed: …` and sets exit code 1.
 */
export function runMain(name: string, main: () => Promise<void>, cleanUp: () => Promise<void>): void {
  const interrupted = (): void => {
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  main()
    .catch((error: unknown) => {
      console.error(`${name} failed:`, error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    })
    .finally(async () => {
      await cleanUp();
    });
}
