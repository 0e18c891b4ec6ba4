import { formatOsloNorwegian } from '@app/platform';

/** Account e-mails, by `kind` in the outbox row's payload. */
export type AccountMailKind =
  | 'email_confirmation'
  | 'password_reset'
  | 'registration_attempt'
  | 'password_changed'
  /** Not an e-mail itself: a password-reset request, which becomes a `password_reset` e-mail if it may. */
  | 'password_reset_request';

export interface AccountMail {
  to: string;
  subject: string;
  text: string;
}

/** Where the web application takes the user for each step (it reads the token from the fragment, never sent). */
export const ACCOUNT_PAGES = {
  confirmEmail: '/bekreft-e-post',
  newPassword: '/nytt-passord',
  forgotPassword: '/glemt-passord',
} as const;

const SIGNATURE = '\n\nMed hilsen\nSekretariatet for konfliktrådene';
const NOT_YOU = 'Var det ikke deg, kan du se bort fra denne e-posten.';

interface Recipient {
  email: string;
  name: string;
}

export function confirmationMail(
  user: Recipient,
  baseUrl: string,
  token: string,
  expiresAt: Date,
): AccountMail {
  return {
    to: user.email,
    subject: 'Bekreft e-postadressen din for Tilskudd',
    text:
      `Hei ${user.name}!\n\n` +
      `Noen har registrert en konto i Sekretariatet for konfliktrådenes tilskuddsportal med denne e-postadressen. ` +
      `Var det deg, bekrefter du adressen ved å åpne lenken under. Deretter kan du logge inn.\n\n` +
      `${baseUrl}${ACCOUNT_PAGES.confirmEmail}#token=${token}\n\n` +
      `Lenken virker én gang, til ${formatOsloNorwegian(expiresAt)}.\n\n${NOT_YOU} Kontoen blir ikke tatt i bruk.` +
      SIGNATURE,
  };
}

export function passwordResetMail(
  user: Recipient,
  baseUrl: string,
  token: string,
  expiresAt: Date,
): AccountMail {
  return {
    to: user.email,
    subject: 'Sett nytt passord for Tilskudd',
    text:
      `Hei ${user.name}!\n\n` +
      `Vi har fått en forespørsel om å sette nytt passord for kontoen din. Åpne lenken under og velg et nytt ` +
      `passord. Da blir du logget ut overalt der du er logget inn.\n\n` +
      `${baseUrl}${ACCOUNT_PAGES.newPassword}#token=${token}\n\n` +
      `Lenken virker én gang, til ${formatOsloNorwegian(expiresAt)}.\n\n` +
      `${NOT_YOU} Passordet ditt er ikke endret.` +
      SIGNATURE,
  };
}

export function registrationAttemptMail(user: Recipient, baseUrl: string): AccountMail {
  return {
    to: user.email,
    subject: 'Forsøk på å registrere en ny konto med e-postadressen din',
    text:
      `Hei ${user.name}!\n\n` +
      `Noen prøvde nettopp å registrere en ny konto i tilskuddsportalen med denne e-postadressen. Du har allerede ` +
      `en konto, så ingen ny konto er opprettet.\n\n` +
      `Har du glemt passordet, eller fikk du aldri bekreftet kontoen, kan du sette et nytt passord her:\n` +
      `${baseUrl}${ACCOUNT_PAGES.forgotPassword}\n\n` +
      `${NOT_YOU} Kontoen din er ikke endret.` +
      SIGNATURE,
  };
}

export function passwordChangedMail(user: Recipient, changedAt: Date, baseUrl: string): AccountMail {
  return {
    to: user.email,
    subject: 'Passordet ditt for Tilskudd er endret',
    text:
      `Hei ${user.name}!\n\n` +
      `Passordet for kontoen din ble endret ${formatOsloNorwegian(changedAt)}, og du er logget ut overalt der du var ` +
      `logget inn.\n\n` +
      `Var det ikke deg, må du sette et nytt passord med en gang:\n${baseUrl}${ACCOUNT_PAGES.forgotPassword}\n` +
      `og gi beskjed til Sekretariatet for konfliktrådene.` +
      SIGNATURE,
  };
}
