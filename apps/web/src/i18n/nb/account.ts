/** The portal's texts in bokmål: logging in, registering, confirming the e-mail address and a new password. */
export const account = {
  login: {
    title: 'Logg inn',
    intro: 'Logg inn med e-postadressen og passordet til kontoen din.',
    email: 'E-postadresse',
    password: 'Passord',
    submit: 'Logg inn',
    failed: 'E-postadressen eller passordet er feil.',
    noAccount: 'Har du ikke konto?',
    register: 'Opprett konto',
    expired:
      'Du ble logget ut fordi du ikke hadde vært aktiv på en stund. Logg inn igjen – det du skrev, er tatt vare på.',
    loggedOut: 'Du er logget ut.',
  },
  register: {
    title: 'Opprett konto',
    intro:
      'Med en konto kan du søke om tilskudd for organisasjonen din og følge søknadene. Vi sender en lenke til e-postadressen din som du må åpne for å bekrefte den.',
    name: 'Fullt navn',
    email: 'E-postadresse',
    password: 'Passord',
    passwordHint:
      'Minst 12 tegn. Bruk gjerne flere ord i en setning som er lett å huske, men vanskelig å gjette.',
    submit: 'Opprett konto',
    sentTitle: 'Sjekk e-posten din',
    sent: (email: string) =>
      `Vi har sendt en lenke til ${email}. Åpne lenken for å bekrefte e-postadressen. Lenken virker i 24 timer.`,
  },
  confirm: {
    title: 'Bekreft e-postadressen',
    working: 'Vi bekrefter e-postadressen din …',
    done: 'E-postadressen er bekreftet. Nå kan du logge inn.',
    failed:
      'Lenken virker ikke. Den kan være brukt eller for gammel. Opprett kontoen på nytt for å få en ny lenke.',
    missing: 'Lenken mangler koden vi trenger. Åpne lenken fra e-posten på nytt.',
  },
  reset: {
    title: 'Lag nytt passord',
    password: 'Nytt passord',
    submit: 'Lagre nytt passord',
    done: 'Passordet er endret. Nå kan du logge inn med det nye passordet.',
    requestTitle: 'Glemt passordet?',
    requestIntro:
      'Skriv e-postadressen til kontoen din, så sender vi en lenke der du kan lage et nytt passord.',
    requestSubmit: 'Send lenke',
    requestSent: 'Hvis det finnes en konto med denne e-postadressen, har vi sendt en lenke til den.',
    forgot: 'Glemt passordet?',
  },
};
