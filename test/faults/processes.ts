/**
 * The real processes the fault suite runs and breaks: a throwaway PostgreSQL cluster, a Redis server and the worker
 * (dist/apps/worker/src/main.js), each of its own, on ports of its own. Nothing here touches the PostgreSQL or Redis
 * that development and the other tests use.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
export const OUT = join(ROOT, 'bench/out/faults');
export const WORKER_MAIN = join(ROOT, 'dist/apps/worker/src/main.js');
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function logFile(name: string): number {
  mkdirSync(OUT, { recursive: true });
  return openSync(join(OUT, `${name}.log`), 'a');
}

function spawnLogged(name: string, command: string, args: string[], env?: NodeJS.ProcessEnv): ChildProcess {
  const fd = logFile(name);
  const child = spawn(command, args, { cwd: ROOT, env: env ?? process.env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  return child;
}

const exited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

async function untilExit(child: ChildProcess): Promise<void> {
  if (exited(child)) return;
  await new Promise<void>((resolve) => child.once('exit', () => resolve()));
}

/** A PostgreSQL cluster in a temporary directory (initdb runs as the `postgres` OS user when started as root). */
export class ThrowawayPostgres {
  readonly dir = mkdtempSync(join(tmpdir(), 'tilskudd-faults-pg-'));
  port = 0;
  private readonly bin: string;
  private readonly asPostgres: boolean;

  constructor() {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    if (versions.length === 0) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql');
    this.bin = `/usr/lib/postgresql/${versions[0]}/bin`;
    this.asPostgres = process.getuid?.() === 0;
  }

  private run(tool: string, args: string[]): void {
    const [command, all] = this.asPostgres
      ? ['runuser', ['-u', 'postgres', '--', join(this.bin, tool), ...args]]
      : [join(this.bin, tool), args];
    execFileSync(command, all, { stdio: ['ignore', 'ignore', 'inherit'] });
  }

  async init(): Promise<string> {
    this.port = await freePort();
    if (this.asPostgres) {
      chmodSync(this.dir, 0o777);
      execFileSync('chown', ['postgres', this.dir]);
    }
    this.run('initdb', ['-D', join(this.dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
    await this.start();
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  async start(): Promise<void> {
    this.run('pg_ctl', [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'server.log'),
      '-w',
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      'start',
    ]);
  }

  /** An outage as a crash would cause it: every connection dropped, nothing shut down cleanly. */
  stop(): void {
    this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'immediate', 'stop']);
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** redis-server without persistence: a stop loses every job, as a Redis without AOF would. */
export class OwnRedis {
  port = 0;
  private child?: ChildProcess;

  async start(): Promise<string> {
    if (!this.port) this.port = await freePort();
    this.child = spawnLogged('redis', 'redis-server', [
      '--port',
      String(this.port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
    ]);
    for (let i = 0; i < 50; i++) {
      try {
        execFileSync('redis-cli', ['-p', String(this.port), 'ping'], { stdio: 'ignore' });
        return `redis://127.0.0.1:${this.port}`;
      } catch {
        await sleep(100);
      }
    }
    throw new Error('redis-server did not start');
  }

  async stop(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGKILL');
    await untilExit(this.child);
  }

  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  resume(): void {
    this.child?.kill('SIGCONT');
  }
}

/**
 * Worker processes under a supervisor that restarts any that die (as systemd or Kubernetes would), so the suite can
 * kill them at will. Counts the kills and restarts.
 */
export class Workers {
  readonly processes: ChildProcess[] = [];
  restarts = 0;
  private running = false;

  constructor(
    private readonly count: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: run npm run build first`);
  }

  start(): void {
    this.running = true;
    for (let i = 0; i < this.count; i++) this.spawn(i);
  }

  private spawn(slot: number): void {
    const child = spawnLogged(`worker-${slot}`, process.execPath, [WORKER_MAIN], this.env);
    this.processes[slot] = child;
    child.once('exit', () => {
      if (!this.running) return;
      this.restarts++;
      setTimeout(() => this.running && this.spawn(slot), 200);
    });
  }

  /** SIGKILL to one worker, chosen at random. */
  killOne(): void {
    const alive = this.processes.filter((p) => !exited(p));
    if (alive.length) alive[Math.floor(Math.random() * alive.length)].kill('SIGKILL');
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(
      this.processes.map(async (child) => {
        if (exited(child)) return;
        child.kill('SIGKILL');
        await untilExit(child);
      }),
    );
  }
}
