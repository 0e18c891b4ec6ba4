/**
 * HTTP load from wrk (Debian's package, written in C) as a separate process: on a 2-core machine the load generator
 * shares the cores with the servers under test, and wrk needs a fraction of the CPU a Node.js generator does
 * (autocannon in the bench process took 55–65 % of a core at these rates; see bench/RESULTS.md), so what is
 * measured is the servers rather than the generator.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Log, OUT, procStats, sleep } from './common';

export interface WrkRun {
  /** Base URL, e.g. http://127.0.0.1:3100 */
  url: string;
  /** Request paths, sent in turn (round robin over all connections). */
  paths: string[];
  /** Authorization header value, if any. */
  authorization?: string;
  connections: number;
  seconds: number;
}

export interface WrkResult {
  requests: number;
  seconds: number;
  rps: number;
  /** Latency in milliseconds (wrk records every response, in microseconds). */
  p50: number;
  p99: number;
  max: number;
  mean: number;
  /** Responses with a status of 400 or more. */
  httpErrors: number;
  socketErrors: number;
  timeouts: number;
  /** CPU seconds of the wrk process (sampled every 100 ms until it exits, so the last 100 ms may be missing). */
  cpuSeconds: number;
}

const SCRIPT = `-- Written by bench/wrk.ts. Sends the paths in WRK_PATHS in turn; prints one line of JSON when done.
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local authorization = os.getenv("WRK_AUTHORIZATION") or ""
local headers = {}
if authorization ~= "" then headers["Authorization"] = authorization end
local counter = 0
request = function()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"durationUs":%d,"p50":%d,"p99":%d,"max":%d,"mean":%.1f,' ..
    '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    latency.mean, e.connect, e.read, e.write, e.status, e.timeout))
end
`;

/** wrk's version line; installs Debian's package when it is missing and we may (root). */
export function ensureWrk(log: Log): string {
  const version = (): string | null => {
    try {
      // wrk prints its version with usage and exits 1 when given no URL.
      return execFileSync('wrk', ['-v'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const out = (error as { stdout?: string; code?: string }).stdout;
      if ((error as { code?: string }).code === 'ENOENT') return null;
      return out ?? '';
    }
  };
  let found = version();
  if (found === null) {
    if (process.getuid?.() !== 0) throw new Error('wrk is not installed: apt-get install wrk');
    log('installing wrk (apt-get install wrk)');
    try {
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'wrk'], { stdio: 'ignore' });
    } catch {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'wrk'], { stdio: 'ignore' });
    }
    found = version();
    if (found === null) throw new Error('wrk could not be installed');
  }
  return /wrk\s+\S+/.exec(found)?.[0] ?? 'wrk';
}

let runs = 0;

export async function runWrk(run: WrkRun): Promise<WrkResult> {
  mkdirSync(OUT, { recursive: true });
  const script = join(OUT, 'wrk-paths.lua');
  writeFileSync(script, SCRIPT);
  const pathsFile = join(OUT, `wrk-paths-${process.pid}-${runs++}.txt`);
  writeFileSync(pathsFile, run.paths.join('\n') + '\n');
  const child = spawn(
    'wrk',
    ['-t1', `-c${run.connections}`, `-d${run.seconds}s`, '--timeout', '10s', '-s', script, run.url],
    {
      env: { ...process.env, WRK_PATHS: pathsFile, WRK_AUTHORIZATION: run.authorization ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let cpuSeconds = 0;
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let exited = false;
  void exit.then(() => (exited = true));
  while (!exited) {
    cpuSeconds = procStats(child.pid)?.cpuSeconds ?? cpuSeconds;
    await sleep(100);
  }
  const code = await exit;
  const line = /^WRK_RESULT (.*)$/m.exec(stdout)?.[1];
  if (code !== 0 || !line) throw new Error(`wrk exited ${code}: ${stderr || stdout}`);
  const r = JSON.parse(line) as {
    requests: number;
    durationUs: number;
    p50: number;
    p99: number;
    max: number;
    mean: number;
    connect: number;
    read: number;
    write: number;
    status: number;
    timeout: number;
  };
  const seconds = r.durationUs / 1e6;
  return {
    requests: r.requests,
    seconds,
    rps: r.requests / seconds,
    p50: r.p50 / 1000,
    p99: r.p99 / 1000,
    max: r.max / 1000,
    mean: r.mean / 1000,
    httpErrors: r.status,
    socketErrors: r.connect + r.read + r.write,
    timeouts: r.timeout,
    cpuSeconds,
  };
}
