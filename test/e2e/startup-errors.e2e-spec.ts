import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** Starts a process's main.ts as `npm run ts` does, with the given environment; its exit code and output. */
function start(main: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', main],
      { cwd: ROOT, env: { ...process.env, NODE_ENV: 'test', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Issue 17 § 3: a process that cannot start says which component it could not reach, and where it looked. */
describe('start-up errors', () => {
  const unreachable = { DATABASE_URL: 'postgres://tilskudd_app:hemmelig@127.0.0.1:5999/tilskudd' };

  it.each([
    ['apps/api/src/main.ts', 'API'],
    ['apps/worker/src/main.ts', 'Worker'],
  ])(
    '%s names PostgreSQL at DATABASE_URL, password masked, and exits 1',
    async (main, name) => {
      const { code, output } = await start(main, unreachable);
      expect(code).toBe(1);
      expect(output).toContain(
        `${name} failed to start: PostgreSQL at DATABASE_URL=postgres://tilskudd_app:***@127.0.0.1:5999/tilskudd ` +
          'did not answer or refused the connection: connect ECONNREFUSED 127.0.0.1:5999',
      );
      expect(output).not.toContain('hemmelig');
    },
    120_000,
  );
});
