/**
 * The project's own ClamAV daemon for development and the tests, with the test signatures in
 * config/clamav/signatures (production runs its own clamd with freshclam's databases; README, "Virus scanning").
 *
 *   npm run clamd                # start it unless it answers PING already, and wait until it does
 *   npm run clamd -- stop        # stop it (its pid file)
 *   npm run clamd -- status
 *
 * `npm start`, the tests' global setup and `.ci/run` call `ensureClamd`. With CLAMAV=off it does nothing; with a
 * CLAMAV_URL other than the project's socket it only checks that something answers there.
 */
// Relative imports, not @app/platform: Jest loads this file in its global setup, where aliases are not mapped.
import { ClamdAddress, loadConfig } from '../libs/platform/src/config/app-config';
import { describeClamdAddress } from '../libs/platform/src/scanning/virus-scanner';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection, Socket } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export interface ClamdStatus {
  /** off: CLAMAV=off; running: it answered already; started: started now; external: someone else's clamd. */
  state: 'off' | 'running' | 'started' | 'external';
  address?: string;
  /** Whether it answers PING now. */
  up: boolean;
  /** How long starting took (state "started"). */
  startMs?: number;
}

export interface ClamdPaths {
  root: string;
  var: string;
  socket: string;
  pidFile: string;
  logFile: string;
  config: string;
  template: string;
  signatures: string;
}

/** The repository root: the nearest directory above this file (scripts/ or dist/scripts/) with a package.json. */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'config', 'clamav'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no project root above ${from}`);
    dir = parent;
  }
  return dir;
}

export function clamdPaths(root = projectRoot()): ClamdPaths {
  const varDir = join(root, 'var', 'clamav');
  return {
    root,
    var: varDir,
    socket: join(varDir, 'clamd.sock'),
    pidFile: join(varDir, 'clamd.pid'),
    logFile: join(varDir, 'clamd.log'),
    config: join(varDir, 'clamd.conf'),
    template: join(root, 'config', 'clamav', 'clamd.conf'),
    signatures: join(root, 'config', 'clamav', 'signatures'),
  };
}

type Log = (line: string) => void;

/**
 * Makes sure uploads can be scanned: starts the project's clamd when CLAMAV_URL names its socket and nothing
 * answers there, installing Debian's clamav-daemon first when clamd is missing and `install` is allowed (root with
 * apt-get, as on the team's machines and in CI). Throws when clamd cannot be started.
 */
export async function ensureClamd(
  log: Log,
  options: { install: boolean; env?: NodeJS.ProcessEnv; waitMs?: number } = { install: false },
): Promise<ClamdStatus> {
  const config = loadConfig(options.env ?? process.env).virusScan;
  if (!config.enabled) return { state: 'off', up: false };
  const address = describeClamdAddress(config.clamd);
  const paths = clamdPaths();
  if (!('socket' in config.clamd) || resolve(config.clamd.socket) !== paths.socket) {
    return { state: 'external', address, up: await ping(config.clamd) };
  }
  if (await ping(config.clamd)) return { state: 'running', address, up: true };

  const clamd = findClamd() ?? (options.install ? installClamd(log) : undefined);
  if (!clamd) {
    throw new Error(
      'clamd is not installed (Debian: apt-get install clamav-daemon); install it, or set CLAMAV=off to run without virus scanning',
    );
  }
  const started = Date.now();
  mkdirSync(join(paths.var, 'tmp'), { recursive: true });
  writeFileSync(
    paths.config,
    readFileSync(paths.template, 'utf8')
      .replaceAll('@VAR@', paths.var)
      .replaceAll('@SIGNATURES@', paths.signatures),
  );
  // clamd forks into the background (Foreground no) and loads its signatures there.
  execFileSync(clamd, [`--config-file=${paths.config}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  const until = Date.now() + (options.waitMs ?? 30_000);
  while (!(await ping(config.clamd))) {
    if (Date.now() > until) {
      throw new Error(`clamd did not answer on ${address} in time; see ${paths.logFile}:\n${logTail(paths)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const startMs = Date.now() - started;
  log(`clamd started on ${address} in ${startMs} ms (test signatures from config/clamav/signatures)`);
  return { state: 'started', address, up: true, startMs };
}

/** Stops the project's clamd (by its pid file). */
export async function stopClamd(log: Log): Promise<boolean> {
  const paths = clamdPaths();
  if (!existsSync(paths.pidFile)) return false;
  const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 1) return false;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return false;
  }
  for (let i = 0; i < 50 && (await ping({ socket: paths.socket })); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`clamd (pid ${pid}) stopped`);
  return true;
}

/** PING → PONG, within a second. */
export function ping(address: ClamdAddress, timeoutMs = 1000): Promise<boolean> {
  return new Promise((done) => {
    const socket: Socket =
      'socket' in address
        ? createConnection({ path: address.socket })
        : createConnection({ host: address.host, port: address.port });
    let answer = '';
    const finish = (up: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      done(up);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.once('connect', () => socket.write('zPING\0'));
    socket.on('data', (data) => {
      answer += data.toString('latin1');
      if (answer.includes('\0')) finish(answer.startsWith('PONG'));
    });
    socket.once('end', () => finish(answer.startsWith('PONG')));
    socket.once('error', () => finish(false));
  });
}

function findClamd(): string | undefined {
  const dirs = ['/usr/sbin', '/usr/local/sbin', ...(process.env.PATH ?? '').split(':').filter(Boolean)];
  return dirs.map((dir) => join(dir, 'clamd')).find((path) => existsSync(path));
}

function installClamd(log: Log): string | undefined {
  const apt = ['/usr/bin/apt-get', '/bin/apt-get'].find((p) => existsSync(p));
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !apt) return undefined;
  log('clamd missing: apt-get install clamav-daemon (once)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    execFileSync(apt, ['install', '-y', '--no-install-recommends', 'clamav-daemon'], {
      stdio: 'ignore',
      env,
    });
  try {
    install();
  } catch {
    execFileSync(apt, ['update', '-qq'], { stdio: 'ignore', env });
    install();
  }
  return findClamd();
}

function logTail(paths: ClamdPaths): string {
  try {
    return readFileSync(paths.logFile, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '(no log)';
  }
}

if (require.main === module) {
  const log: Log = (line) => process.stdout.write(`${line}\n`);
  const command = process.argv[2] ?? 'start';
  const run = async (): Promise<number> => {
    if (command === 'stop') {
      if (!(await stopClamd(log))) log('clamd was not running (no pid file or no such process)');
      return 0;
    }
    if (command === 'status') {
      const config = loadConfig(process.env).virusScan;
      if (!config.enabled) {
        log('virus scanning is OFF (CLAMAV=off)');
        return 0;
      }
      const up = await ping(config.clamd);
      log(`clamd on ${describeClamdAddress(config.clamd)}: ${up ? 'answers' : 'does not answer'}`);
      return up ? 0 : 1;
    }
    if (command !== 'start') {
      log(`unknown command ${command}; use start, stop or status`);
      return 2;
    }
    const status = await ensureClamd(log, { install: true });
    if (status.state === 'off') log('virus scanning is OFF (CLAMAV=off): nothing to start');
    else if (status.state === 'running') log(`clamd already answers on ${status.address}`);
    else if (status.state === 'external') {
      log(`CLAMAV_URL is ${status.address}: ${status.up ? 'it answers' : 'NOTHING ANSWERS there'}`);
      return status.up ? 0 : 1;
    }
    return 0;
  };
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
