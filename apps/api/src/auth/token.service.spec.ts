import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@app/platform';
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

describe('local bearer tokens', () => {
  afterEach(() => jest.useRealTimers());

  it('verifies its own token again and again, and refuses it from the second its expiry passes', async () => {
    jest.useFakeTimers({ now: new Date('2027-03-01T10:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const tokens = service();
    const { accessToken } = tokens.issue(userId);
    expect(await tokens.verify(accessToken)).toEqual({ userId });
    jest.setSystemTime(new Date('2027-03-01T10:00:59Z'));
    expect(await tokens.verify(accessToken)).toEqual({ userId });
    jest.setSystemTime(new Date('2027-03-01T10:01:00Z'));
    expect(await tokens.verify(accessToken)).toBeNull();
    expect(await tokens.verify(accessToken)).toBeNull();
  });

  it('refuses a token signed with another secret or altered in any part', async () => {
    const tokens = service();
    const foreign = service('another secret, as long as the first one is').issue(userId).accessToken;
    expect(await tokens.verify(foreign)).toBeNull();
    const { accessToken } = tokens.issue(userId);
    expect(await tokens.verify(accessToken)).toEqual({ userId });
    const [header, payload, signature] = accessToken.split('.');
    const otherUser = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'someone-else' }),
    ).toString('base64url');
    expect(await tokens.verify(`${header}.${otherUser}.${signature}`)).toBeNull();
    const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'BB' : 'AA');
    expect(await tokens.verify(`${header}.${payload}.${flipped}`)).toBeNull();
  });
});
