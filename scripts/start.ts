/**
 * `npm start`: the whole system on one machine. Creates the database roles and the database if missing
 * (as the local superuser), applies migrations as the owner role, starts the project's clamd (virus scanning with
 * the test signatures; installed from Debian when missing and run as root) unless CLAMAV=off,
 * loads the demo data in development, then runs the API and the worker as two processes and stops
 * both when either stops or on Ctrl-C / SIGTERM.
 */
import { loadConfigOrExit } from '@app/platform';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { ensureClamd } from './clamd';
import { migrate } from './migrate';

const write = (level: 'info' | 'warn', line: string): void => {
  process.stdout.write(
    JSON.stringify({ time: new Date().toISOString(), service: 'start', level, msg: line }) + '\n',
  );
};
const log = (line: string): void => write('info', line);
const warn = (line: string): void => write('warn', line);

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await migrate(log);
  await startVirusScanning();

  const dist = join(__dirname, '..');
  const children: ChildProcess[] = [];
  // A local SMTP_URL with nothing listening gets the development mail catcher (messages in var/mail/).
  const smtp = new URL(config.smtpUrl);
  const smtpPort = Number(smtp.port || 25);
  if (['127.0.0.1', 'localhost'].includes(smtp.hostname) && !(await listening(smtp.hostname, smtpPort))) {
    children.push(
      spawn(
        process.execPath,
        [join(dist, 'scripts/dev-mail-server.js'), String(smtpPort), join(process.cwd(), 'var', 'mail')],
        {
          stdio: 'inherit',
        },
      ),
    );
    log(`development mail catcher on ${smtp.hostname}:${smtpPort}, messages in var/mail/`);
  }
  if (config.nodeEnv === 'development') {
    // After the mail catcher is up: the demo history's letters are delivered by e-mail, as the worker would.
    try {
      await waitUntilListening(smtp.hostname, smtpPort);
      const { seedDemo } = await import('./seed');
      await seedDemo(log);
    } catch (error) {
      for (const child of children) child.kill('SIGTERM');
      throw error;
    }
  }
  children.push(
    spawn(process.execPath, [join(dist, 'apps/api/src/main.js')], { stdio: 'inherit' }),
    spawn(process.execPath, [join(dist, 'apps/worker/src/main.js')], { stdio: 'inherit' }),
  );
  const docs = config.apiDocs === 'public' ? 'docs at /api/docs' : 'docs off (API_DOCS)';
  log(`api on http://127.0.0.1:${config.port}/api (${docs}), worker started`);
  log(
    existsSync(join(config.webRoot, 'index.html'))
      ? `web app on http://127.0.0.1:${config.port}/ (from ${config.webRoot})`
      : `web app not built: ${config.webRoot} has no index.html (npm run build)`,
  );

  let stopping = false;
  const stopAll = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => stopAll('SIGINT'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));

  const codes = await Promise.all(
    children.map(
      (child) =>
        new Promise<number>((resolve) => {
          child.on('exit', (code) => {
            // One process ending takes the other down: a half-running system is worse than a stopped one.
            stopAll('SIGTERM');
            resolve(code ?? 0);
          });
        }),
    ),
  );
  process.exit(codes.find((code) => code !== 0) ?? 0);
}

/** Uploads are scanned by clamd; say plainly when they are not, and never stop the rest of the system for it. */
async function startVirusScanning(): Promise<void> {
  try {
    const clamd = await ensureClamd(log, { install: true });
    if (clamd.state === 'off') {
      warn('virus scanning is OFF (CLAMAV=off): uploads are stored without a ClamAV scan, marked notScanned');
    } else if (clamd.state === 'running') {
      log(`virus scanning on: clamd answers on ${clamd.address}`);
    } else if (clamd.state === 'external') {
      if (clamd.up) log(`virus scanning on: clamd answers on ${clamd.address} (CLAMAV_URL)`);
      else warn(`clamd does not answer on ${clamd.address} (CLAMAV_URL): uploads are refused until it does`);
    }
  } catch (error) {
    warn(
      `clamd could not be started: uploads are refused until it answers (set CLAMAV=off to run without virus scanning). ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
}

async function waitUntilListening(host: string, port: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await listening(host, port))) {
    if (Date.now() > until) throw new Error(`nothing listens on SMTP_URL (${host}:${port})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function listening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

main().catch((error: unknown) => {
  console.error('Start failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
