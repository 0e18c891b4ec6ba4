import cookie from '@fastify/cookie';
import { loadConfig } from '@app/platform';
import Fastify from 'fastify';
import { clearSessionCookie, requireSameOrigin, setSessionCookie } from './browser-session';

const PRODUCTION = {
  NODE_ENV: 'production',
  AUTH_JWT_SECRET: 'x'.repeat(40),
  PAYMENT_DEBTOR_ACCOUNT: '86011117947',
  PAYMENT_DEBTOR_ORGANISATION_NUMBER: '988077917',
  PAYMENT_DEBTOR_BIC: 'DNBANOKKXXX',
  PUBLIC_BASE_URL: 'https://tilskudd.example.no',
};

describe('the session cookie', () => {
  it('is __Host- prefixed and Secure in production, HttpOnly and SameSite=Lax for the whole site everywhere', async () => {
    const app = Fastify();
    await app.register(cookie);
    const config = loadConfig(PRODUCTION).auth.session;
    app.get('/in', (_request, reply) => {
      setSessionCookie(reply, config, 'abc');
      return reply.send('ok');
    });
    app.get('/out', (_request, reply) => {
      clearSessionCookie(reply, config);
      return reply.send('ok');
    });
    const login = await app.inject({ method: 'GET', url: '/in' });
    expect(login.headers['set-cookie']).toBe(
      '__Host-tilskudd_session=abc; Path=/; HttpOnly; Secure; SameSite=Lax',
    );
    const logout = await app.inject({ method: 'GET', url: '/out' });
    expect(logout.headers['set-cookie']).toMatch(
      /^__Host-tilskudd_session=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax$/,
    );
    await app.close();
  });
});

describe('the same-origin check', () => {
  const request = (headers: Record<string, string>) =>
    ({ headers, protocol: 'https', host: 'tilskudd.example.no' }) as unknown as Parameters<
      typeof requireSameOrigin
    >[0];
  const base = 'https://tilskudd.example.no';

  it('passes a request without Origin or Sec-Fetch-Site (not a browser, or an old one) and one from this origin', () => {
    expect(() => requireSameOrigin(request({}), base)).not.toThrow();
    expect(() =>
      requireSameOrigin(request({ origin: base, 'sec-fetch-site': 'same-origin' }), base),
    ).not.toThrow();
  });

  it.each([
    [{ origin: 'https://evil.example' }],
    [{ origin: 'http://tilskudd.example.no' }],
    [{ origin: 'null' }],
    [{ 'sec-fetch-site': 'same-site' }],
    [{ 'sec-fetch-site': 'cross-site' }],
    [{ 'sec-fetch-site': 'none' }],
  ])('refuses %j with a 403 csrf problem', (headers) => {
    expect(() => requireSameOrigin(request(headers), base)).toThrow(
      expect.objectContaining({ status: 403, slug: 'csrf' }),
    );
  });
});
