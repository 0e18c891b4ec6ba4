import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@app/platform';
import { createHmac } from 'node:crypto';
import { LocalTokenService } from './token.service';

const auth = {
  jwtSecret: 'a test secret that is long enough for HS256 use',
  jwtIssuer: 'tilskudd',
  jwtAudience: 'tilskudd-api',
  tokenTtlSeconds: 60,
};
const service = (secret = auth.jwtSecret) =>
  new LocalTokenService(new JwtService({}), { auth: { ...auth, jwtSecret: secret } } as unknown as AppConfig);
const userId = '3f1c2a4e-8d1b-4c5e-9a7f-0b2d3e4f5a6b';

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An HS256 token signed with the right secret, with exactly the claims given (a JWT library would add some). */
function signed(claims: Record<string, unknown>, secret = auth.jwtSecret): string {
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('local bearer tokens', () => {
  afterEach(() => jest.useRealTimers());

  it('verifies its own token again and again, and refuses it from the second its expiry passes', async () => {
    jest.useFakeTimers({ now: new Date('2027-03-01T10:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const tokens = service();
    const { accessToken } = tokens.issue(userId, 3);
    expect(await tokens.verify(accessToken)).toEqual({ userId, credentialVersion: 3 });
    jest.setSystemTime(new Date('2027-03-01T10:00:59Z'));
    expect(await tokens.verify(accessToken)).toEqual({ userId, credentialVersion: 3 });
    jest.setSystemTime(new Date('2027-03-01T10:01:00Z'));
    expect(await tokens.verify(accessToken)).toBeNull();
    expect(await tokens.verify(accessToken)).toBeNull();
  });

  it('refuses a token signed with another secret or altered in any part', async () => {
    const tokens = service();
    const foreign = service('another secret, as long as the first one is').issue(userId, 1).accessToken;
    expect(await tokens.verify(foreign)).toBeNull();
    const { accessToken } = tokens.issue(userId, 1);
    expect(await tokens.verify(accessToken)).toEqual({ userId, credentialVersion: 1 });
    const [header, payload, signature] = accessToken.split('.');
    const otherUser = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'someone-else' }),
    ).toString('base64url');
    expect(await tokens.verify(`${header}.${otherUser}.${signature}`)).toBeNull();
    const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'BB' : 'AA');
    expect(await tokens.verify(`${header}.${payload}.${flipped}`)).toBeNull();
  });

  describe('requires every claim, also of a correctly signed token', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const complete = () => ({
      sub: userId,
      iss: auth.jwtIssuer,
      aud: auth.jwtAudience,
      iat: now(),
      exp: now() + 60,
      cv: 1,
    });

    it('accepts the complete set', async () => {
      expect(await service().verify(signed(complete()))).toEqual({ userId, credentialVersion: 1 });
    });

    it.each(['exp', 'iat', 'iss', 'aud', 'sub', 'cv'])('refuses a token without %s', async (claim) => {
      const claims: Record<string, unknown> = complete();
      delete claims[claim];
      expect(await service().verify(signed(claims))).toBeNull();
    });

    it.each([
      ['a subject that is no user id', { sub: 'admin' }],
      ['another issuer', { iss: 'someone-else' }],
      ['another audience', { aud: 'another-api' }],
      ['an expiry as text', { exp: String(now() + 60) }],
      ['an expiry before its issue', { iat: now() + 30, exp: now() + 20 }],
      ['an issue time an hour ahead', { iat: now() + 3600, exp: now() + 7200 }],
      ['a credential version of 0', { cv: 0 }],
      ['a credential version as text', { cv: '1' }],
    ])('refuses %s', async (_label, change) => {
      expect(await service().verify(signed({ ...complete(), ...change }))).toBeNull();
    });

    it('refuses an unsigned token (alg none)', async () => {
      const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode(complete())}.`;
      expect(await service().verify(unsigned)).toBeNull();
    });

    it('does not remember a refused token: it stays refused', async () => {
      const tokens = service();
      const claims: Record<string, unknown> = complete();
      delete claims.exp;
      const forever = signed(claims);
      expect(await tokens.verify(forever)).toBeNull();
      expect(await tokens.verify(forever)).toBeNull();
    });
  });
});
