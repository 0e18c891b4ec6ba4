import type { organisation as nb } from '../nb/organisation';

/**
 * The portal's texts in nynorsk: registering an organisation and its page (members, signing rights, bank account);
 * the same keys as ../nb/organisation.ts.
 */
export const organisation: typeof nb = {
  organisation: {
    title: 'Registrer organisasjonen',
    intro:
      'Organisasjonen må vere registrert før de kan søkje. Den som registrerer, kan signere for organisasjonen.',
    organisationNumber: 'Organisasjonsnummer',
    organisationNumberHint: '9 siffer, til dømes 988 077 917',
    organisationNumberWrong:
      'Organisasjonsnummeret er ikkje gyldig. Sjekk at du har skrive alle dei 9 sifra rett.',
    name: 'Namnet på organisasjonen',
    form: 'Organisasjonsform',
    streetAddress: 'Gateadresse',
    postalCode: 'Postnummer',
    postalTown: 'Poststad',
    municipalityNumber: 'Kommunenummer',
    municipalityNumberHint: '4 siffer, til dømes 0301 for Oslo',
    municipality: 'Kommune',
    email: 'E-postadresse til organisasjonen',
    bankAccount: 'Kontonummer',
    bankAccountHint: '11 siffer, til dømes 8601.11.17947',
    bankAccountWrong: 'Kontonummeret er ikkje gyldig. Sjekk at du har skrive alle dei 11 sifra rett.',
    language: 'Kva målform vil de ha brev på?',
    submit: 'Registrer organisasjonen',
  },
  orgPage: {
    title: 'Organisasjonen',
    choose: 'Vel organisasjon',
    linkFromMine: 'Organisasjonen, medlemmer og kontonummer',
    facts: 'Opplysningar om organisasjonen',
    organisationNumber: 'Organisasjonsnummer',
    address: 'Adresse',
    email: 'E-post',
    members: 'Medlemmer',
    membersIntro:
      'Medlemmene kan søkje på vegner av organisasjonen. Den som kan signere, kan godta vilkåra for eit tilskot og leggje til eller fjerne medlemmer.',
    name: 'Namn',
    memberEmail: 'E-post',
    signs: 'Kan signere',
    actions: 'Endre',
    mayNotSign: 'Kan ikkje signere',
    giveSigning: (name: string) => `Gi signaturrett til ${name}`,
    takeSigning: (name: string) => `Ta bort signaturrett for ${name}`,
    giveSigningShort: 'Gi signaturrett',
    takeSigningShort: 'Ta bort signaturrett',
    addMember: 'Legg til medlem',
    addMemberHint: 'E-postadressa til ein som allereie har konto i Tilskot.',
    addSignatory: 'Kan signere for organisasjonen',
    add: 'Legg til',
    removeMember: (name: string) => `Fjern ${name}`,
    onlySignatories: 'Berre den som kan signere, kan endre medlemmene.',
    bankTitle: 'Kontonummer',
    bankCurrent: 'Kontonummeret tilskotet blir betalt til',
    bankVerified: 'Kontrollert av Sfk',
    bankPending: 'Ventar på kontroll hos Sfk. Vi betaler ikkje ut tilskot før kontonummeret er kontrollert.',
    bankNew: 'Nytt kontonummer',
    bankNewHint:
      '11 siffer, til dømes 8601.11.17947. Sfk kontrollerer det nye kontonummeret før vi betaler ut.',
    bankOk: 'Kontonummeret har rett kontrollsiffer.',
    bankChange: 'Endre kontonummeret',
    bankChanged: 'Kontonummeret er endra. Det ventar no på kontroll hos Sfk.',
    languageTitle: 'Målform',
    language: 'Kva målform vil de ha brev og e-post på?',
    languageSave: 'Lagre målform',
    languageSaved: 'Målforma er lagra.',
    conflict: 'Opplysningane er endra ein annan stad. Sida er oppdatert; prøv igjen.',
  },
};
