import type { core as nb } from '../nb/core';

/**
 * The portal's texts in nynorsk: the shell (language, navigation), shared words, times, statuses and code labels;
 * the same keys as ../nb/core.ts.
 */
export const core: typeof nb = {
  lang: 'nn',
  languageName: 'Nynorsk',
  switchTo: 'Bokmål',
  switchToLabel: 'Byt til bokmål',
  appName: 'Tilskot',
  owner: 'Sekretariatet for konfliktråda',
  skipLink: 'Hopp til hovudinnhaldet',
  nav: {
    calls: 'Utlysingar',
    myApplications: 'Søknadene mine',
    logIn: 'Logg inn',
    logOut: 'Logg ut',
    register: 'Opprett konto',
    loggedInAs: (name: string) => `Logga inn som ${name}`,
    main: 'Hovudmeny',
  },
  common: {
    loading: 'Hentar …',
    loadFailed: 'Vi fekk ikkje henta sida. Prøv igjen om litt.',
    notFound: 'Vi fann ikkje sida',
    notFoundText: 'Sjekk at adressa er rett, eller gå til framsida.',
    toFrontPage: 'Gå til framsida',
    errorSummaryHeading: 'Du må rette dette før du kan gå vidare:',
    continue: 'Hald fram',
    back: 'Tilbake',
    save: 'Lagre',
    optional: '(valfritt)',
    change: 'Endre',
    remove: 'Fjern',
    yes: 'Ja',
    no: 'Nei',
    notGiven: 'Ikkje fylt ut',
  },
  time: {
    daysLeft: (days: number, hours: number) =>
      days > 0
        ? `${days} ${days === 1 ? 'dag' : 'dagar'} att`
        : `${hours} ${hours === 1 ? 'time' : 'timar'} att`,
    passed: 'Fristen har gått ut',
    osloTime: '(norsk tid)',
  },
  status: {
    draft: 'Utkast',
    submitted: 'Sendt inn',
    in_assessment: 'Under behandling',
    assessed: 'Under behandling',
    decided: 'Under behandling',
    notified: 'Vedtak sendt',
    accepted: 'Tilskotet er akseptert',
    paid: 'Utbetalt',
    lapsed: 'Fallen bort',
    withdrawn: 'Trekt',
  },
  orgForm: {
    association: 'Foreining',
    foundation: 'Stifting',
    limited_company: 'Aksjeselskap',
    municipality: 'Kommune',
    cooperative: 'Samvirkeføretak',
    other: 'Anna organisasjonsform',
  },
  attachmentKind: {
    statutes: 'Vedtekter',
    annual_accounts: 'Årsrekneskap',
    annual_report: 'Årsmelding',
    budget: 'Budsjett',
    other: 'Anna',
  },
  grantType: {
    operating: 'Driftstilskot',
    project: 'Prosjekttilskot',
  },
  budgetCategory: {
    salaries: 'Løn',
    premises: 'Lokale',
    activities: 'Aktivitetar',
    travel: 'Reiser',
    equipment: 'Utstyr',
    administration: 'Administrasjon',
    other: 'Anna',
  },
};
