import type { account as nb } from '../nb/account';

/**
 * The portal's texts in nynorsk: logging in, registering, confirming the e-mail address and a new password; the same
 * keys as ../nb/account.ts.
 */
export const account: typeof nb = {
  login: {
    title: 'Logg inn',
    intro: 'Logg inn med e-postadressa og passordet til kontoen din.',
    email: 'E-postadresse',
    password: 'Passord',
    submit: 'Logg inn',
    failed: 'E-postadressa eller passordet er feil.',
    noAccount: 'Har du ikkje konto?',
    register: 'Opprett konto',
    expired:
      'Du vart logga ut fordi du ikkje hadde vore aktiv på ei stund. Logg inn igjen – det du skreiv, er teke vare på.',
    loggedOut: 'Du er logga ut.',
  },
  register: {
    title: 'Opprett konto',
    intro:
      'Med ein konto kan du søkje om tilskot for organisasjonen din og følgje søknadene. Vi sender ei lenkje til e-postadressa di som du må opne for å stadfeste ho.',
    name: 'Fullt namn',
    email: 'E-postadresse',
    password: 'Passord',
    passwordHint:
      'Minst 12 teikn. Bruk gjerne fleire ord i ei setning som er lett å hugse, men vanskeleg å gjette.',
    submit: 'Opprett konto',
    sentTitle: 'Sjekk e-posten din',
    sent: (email: string) =>
      `Vi har sendt ei lenkje til ${email}. Opne lenkja for å stadfeste e-postadressa. Lenkja verkar i 24 timar.`,
  },
  confirm: {
    title: 'Stadfest e-postadressa',
    working: 'Vi stadfestar e-postadressa di …',
    done: 'E-postadressa er stadfesta. No kan du logge inn.',
    failed:
      'Lenkja verkar ikkje. Ho kan vere brukt eller for gammal. Opprett kontoen på nytt for å få ei ny lenkje.',
    missing: 'Lenkja manglar koden vi treng. Opne lenkja frå e-posten på nytt.',
  },
  reset: {
    title: 'Lag nytt passord',
    password: 'Nytt passord',
    submit: 'Lagre nytt passord',
    done: 'Passordet er endra. No kan du logge inn med det nye passordet.',
    requestTitle: 'Gløymt passordet?',
    requestIntro:
      'Skriv e-postadressa til kontoen din, så sender vi ei lenkje der du kan lage eit nytt passord.',
    requestSubmit: 'Send lenkje',
    requestSent: 'Viss det finst ein konto med denne e-postadressa, har vi sendt ei lenkje til ho.',
    forgot: 'Gløymt passordet?',
  },
};
