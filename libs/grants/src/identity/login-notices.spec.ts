import { loadConfig } from '@app/platform';
import { loginNoticeMail } from './login-notices.service';

describe('login notices', () => {
  const user = { email: 'leder@sfk.test', name: 'Lars Leder' };
  const at = new Date('2027-03-01T08:05:00Z');

  it('tells the owner that one place is held back, how long, and that her own logins work', () => {
    const mail = loginNoticeMail('locked', user, at, loadConfig({}));
    expect(mail.to).toBe('leder@sfk.test');
    expect(mail.subject).toBe('Mislykkede innlogginger på kontoen din i Tilskudd');
    expect(mail.text).toContain('Hei Lars Leder,');
    expect(mail.text).toContain('Den 1. mars 2027 kl. 09:05 ble det forsøkt logget inn på kontoen din');
    expect(mail.text).toContain('med feil passord 5 ganger på rad fra samme sted');
    expect(mail.text).toContain('stoppet i 15 minutter');
    expect(mail.text).toContain('logger du inn som før');
  });

  it('tells the owner that the account is slowed, not locked, in the configured numbers', () => {
    const config = loadConfig({
      AUTH_LOGIN_ACCOUNT_LIMIT: '20/3600',
      AUTH_LOGIN_SLOW_SECONDS: '60',
    });
    const mail = loginNoticeMail('slowed', user, at, config);
    expect(mail.subject).toBe('Mange mislykkede innlogginger på kontoen din i Tilskudd');
    expect(mail.text).toContain('20 eller flere mislykkede innlogginger');
    expect(mail.text).toContain('i løpet av én time');
    expect(mail.text).toContain('ett innloggingsforsøk per ett minutt');
    expect(mail.text).toContain('Kontoen er ikke sperret');
  });
});
