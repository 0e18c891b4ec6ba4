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
      'Her ser du kven som har fått tilskot, og kor mykje, for kvar utlysing som er avgjord. Listene viser tilskot som mottakaren har godteke, og som gjeld. Den nyaste står først.',
    frontLink: 'Sjå kven som har fått tilskot',
    loadFailed: 'Vi fekk ikkje henta tildelingslista. Last inn sida på nytt om litt.',
    none: 'Ingen tilskot i denne utlysinga er godtekne av mottakaren.',
    year: 'Tilskotsår',
    scheme: 'Tilskotsordning',
    schemeWithId: (name: string, id: string) => `${name} (${id} på tilskudd.no)`,
    decided: 'Avgjord',
    granted: 'Tildelt',
    grants: (count: number, sum: string) =>
      `${count === 1 ? 'eitt tilskot' : `${count} tilskot`}, til saman ${sum}`,
    caption: (title: string) => `Tilskot i ${title}`,
    total: 'Til saman',
    recipient: 'Mottakar',
    organisationNumber: 'Organisasjonsnummer',
    category: 'Innsatsområde',
    amount: 'Beløp',
    download: 'Last ned lista:',
    downloadCsv: (year: number) => `Tildelingar ${year} som CSV-fil`,
    downloadXlsx: (year: number) => `Tildelingar ${year} som Excel-fil (XLSX)`,
    noRounds: 'Ingen utlysingar er avgjorde enno. Listene kjem når søknadene er behandla.',
    pages: 'Fleire tildelingslister',
    pageOf: (page: number, pages: number) => `Side ${page} av ${pages}`,
    newer: 'Nyare tildelingar',
    older: 'Eldre tildelingar',
  },
};
