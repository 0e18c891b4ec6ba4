import { loadConfig } from '../config/app-config';
import { describeStartupError, maskedUrl } from './startup-error';

describe('start-up errors name the component', () => {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://tilskudd_app:hemmelig@db.internal:5999/tilskudd',
    REDIS_URL: 'redis://:redispass@127.0.0.1:6390',
    SMTP_URL: 'smtp://127.0.0.1:2525',
    CLAMAV_URL: 'tcp://127.0.0.1:3310',
  });

  it('says an unreachable database is PostgreSQL at DATABASE_URL, password masked', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5999'), {
      code: 'ECONNREFUSED',
      address: '10.0.0.5',
      port: 5999,
    });
    const line = describeStartupError(refused, config);
    expect(line).toBe(
      'PostgreSQL at DATABASE_URL=postgres://tilskudd_app:***@db.internal:5999/tilskudd did not answer or refused ' +
        'the connection: connect ECONNREFUSED 10.0.0.5:5999',
    );
    expect(line).not.toContain('hemmelig');
  });

  it('recognises PostgreSQL by its own refusals and an unknown host name', () => {
    const auth = Object.assign(new Error('password authentication failed for user "tilskudd_app"'), {
      code: '28P01',
    });
    expect(describeStartupError(auth, config)).toMatch(/^PostgreSQL at DATABASE_URL=/);
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND db.internal'), {
      code: 'ENOTFOUND',
      hostname: 'db.internal',
    });
    expect(describeStartupError(dns, config)).toMatch(/^PostgreSQL at DATABASE_URL=/);
  });

  it('names Redis, the SMTP server and ClamAV by their settings', () => {
    const at = (port: number) => Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:${port}`), { port });
    expect(describeStartupError(new AggregateError([at(6390)]), config)).toMatch(
      /^Redis at REDIS_URL=redis:\/\/:\*\*\*@127\.0\.0\.1:6390 did not answer/,
    );
    expect(describeStartupError(at(2525), config)).toMatch(
      /^SMTP server at SMTP_URL=smtp:\/\/127\.0\.0\.1:2525/,
    );
    expect(describeStartupError(at(3310), config)).toMatch(
      /^ClamAV \(clamd\) at CLAMAV_URL=tcp:\/\/127\.0\.0\.1:3310/,
    );
  });

  it('keeps the message of any other error', () => {
    expect(describeStartupError(new Error('Nest cannot resolve X'), config)).toBe('Nest cannot resolve X');
  });

  it('masks passwords in URLs', () => {
    expect(maskedUrl('postgres://u:p@h/d')).toBe('postgres://u:***@h/d');
    expect(maskedUrl('postgres://u@h/d')).toBe('postgres://u@h/d');
  });
});
