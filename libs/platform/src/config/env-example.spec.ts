import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './app-config';
import type { Env } from './env-values';

/** The variables `loadConfig` reads from `env`, found by watching it read them. */
function variablesRead(env: Env): Set<string> {
  const read = new Set<string>();
  const watched = new Proxy(env, {
    get(target, name) {
      if (typeof name === 'string') read.add(name);
      return target[name as string];
    },
  });
  loadConfig(watched);
  return read;
}

describe('.env.example', () => {
  const example = readFileSync(join(__dirname, '../../../../.env.example'), 'utf8');
  // `NAME=value` for a setting to fill in, `# NAME=default` for a default that applies while it stays commented.
  const listed = new Set([...example.matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));

  it('lists every variable the configuration reads, in development and in production', () => {
    const read = new Set([
      ...variablesRead({}),
      ...variablesRead({
        NODE_ENV: 'production',
        AUTH_JWT_SECRET: 'x'.repeat(40),
        PUBLIC_BASE_URL: 'https://tilskudd.example.no',
        PAYMENT_DEBTOR_ACCOUNT: '86011117947',
        PAYMENT_DEBTOR_BIC: 'DNBANOKKXXX',
        PAYMENT_DEBTOR_ORGANISATION_NUMBER: '988077917',
      }),
    ]);
    expect(read.size).toBeGreaterThan(40);
    expect([...read].filter((name) => !listed.has(name))).toEqual([]);
  });

  it('holds no secret: what it sets is empty, so production refuses to start until it is filled in', () => {
    const set = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)];
    expect(set.map((m) => m[1])).toEqual(
      expect.arrayContaining([
        'AUTH_JWT_SECRET',
        'PUBLIC_BASE_URL',
        'PAYMENT_DEBTOR_ACCOUNT',
        'POSTGRES_PASSWORD',
      ]),
    );
    expect(set.filter((m) => m[2] !== '')).toEqual([]);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: '' })).toThrow(/AUTH_JWT_SECRET/);
  });
});
