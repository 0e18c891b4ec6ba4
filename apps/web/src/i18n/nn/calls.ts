import type { calls as nb } from '../nb/calls';

/**
 * The portal's texts in nynorsk: the open calls, one call and the public award lists; the same keys as
 * ../nb/calls.ts.
 */
export const calls: typeof nb = {
  calls: {
    title: 'Søk om tilskot',
    intro:
      'Her finn du utlysingane frå Sekretariatet for konfliktråda. Vel ei utlysing for å lese kva de kan søkje om og korleis søknaden blir vurdert.',
    none: 'Det er ingen opne utlysingar no.',
    deadline: 'Søknadsfrist',
    frame: 'Ramme',
    open: 'Open for søknader',
    closed: 'Stengd for søknader',
    opens: (when: string) => `Opnar ${when}`,
  },
  call: {
    purpose: 'Formål',
    categories: 'Kva de kan søkje om (innsatsområde)',
    criteria: 'Slik vurderer vi søknadene',
    criterion: 'Kriterium',
    weight: 'Vekt',
    frame: 'Samla ramme',
    deadline: 'Søknadsfrist',
    legalBasis: 'Regelverk',
    attachments: 'Vedlegg de må leggje ved',
    who: 'Kven kan søkje',
    apply: 'Søk på denne utlysinga',
    logInToApply: 'Logg inn for å søkje',
    closedText: 'Fristen for denne utlysinga har gått ut. De kan ikkje sende inn søknad lenger.',
  },
  awards: {
    title: 'Tildelingar',
    intro:
      'Her ser du kven som har fått tilskot, og kor mykje, for kvar utlysing og kvart år. Lista viser tilskot som er godtekne og gjeld.',
    frontLink: 'Sjå kven som har fått tilskot',
    round: (title: string) => title,
    notDecided: 'Ikkje avgjort enno. Lista kjem når søknadene er behandla.',
    none: 'Ingen tilskot er godtekne enno.',
    year: (year: number) => `Tilskotsår ${year}`,
    total: 'Til saman',
    recipient: 'Mottakar',
    organisationNumber: 'Organisasjonsnummer',
    category: 'Innsatsområde',
    amount: 'Beløp',
    download: 'Last ned som rekneark (CSV)',
    noRounds: 'Det er ingen utlysingar å vise tildelingar for.',
  },
};
