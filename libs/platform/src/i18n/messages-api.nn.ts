/** Nynorsk forms (see nynorsk.ts): Problem titles, framework and validation messages, sign-in (apps/api). */
export const MESSAGES_API_NN: Record<string, string> = {
  'Feltet må fylles ut.': 'Feltet må fyllast ut.',
  'Må være tekst.': 'Må vere tekst.',
  'Må være 9 siffer.': 'Må vere 9 siffer.',
  'Vedlegg lastes opp som multipart/form-data med feltet «file».':
    'Vedlegg blir lasta opp som multipart/form-data med feltet «file».',
  'Filen må sendes i feltet «file».': 'Fila må sendast i feltet «file».',
  'Filen er større enn 10 MB.': 'Fila er større enn 10 MB.',
  'Last opp én fil om gangen.': 'Last opp éi fil om gongen.',
  'Forespørselen har for mange felt.': 'Førespurnaden har for mange felt.',
  'Opplastingen kunne ikke leses som multipart/form-data.':
    'Opplastinga kunne ikkje lesast som multipart/form-data.',
  'Filen mangler (feltet «file»).': 'Fila manglar (feltet «file»).',
  'E-postadressen er bekreftet. Du kan nå logge inn.': 'E-postadressa er stadfesta. Du kan no logge inn.',
  'Hører adressen til en konto hos oss, får du snart en e-post med en lenke for å sette nytt passord. Lenken virker i {} minutter.':
    'Høyrer adressa til ein konto hos oss, får du snart ein e-post med ei lenkje for å setje nytt passord. Lenkja verkar i {} minutt.',
  'Passordet er endret, og du er logget ut overalt. Logg inn med det nye passordet.':
    'Passordet er endra, og du er logga ut overalt. Logg inn med det nye passordet.',
  'Feil e-postadresse eller passord.': 'Feil e-postadresse eller passord.',
  'Takk! Vi har sendt en e-post til adressen du oppga. Følg instruksjonene i den for å fullføre registreringen.':
    'Takk! Vi har sendt ein e-post til adressa du oppgav. Følg instruksjonane i han for å fullføre registreringa.',
  'Du har ikke en rolle som gir tilgang til dette.': 'Du har ikkje ei rolle som gir tilgang til dette.',
  'Intern feil': 'Intern feil',
  'Noe gikk galt hos oss. Oppgi referansen {} hvis du kontakter Sfk.':
    'Noko gjekk gale hos oss. Oppgi referansen {} om du kontaktar Sfk.',
  'Forespørselen kunne ikke behandles.': 'Førespurnaden kunne ikkje behandlast.',
  'Må være {} siffer.': 'Må vere {} siffer.',
  'Ugyldig forespørsel': 'Ugyldig førespurnad',
  'Ikke innlogget': 'Ikkje innlogga',
  'Ikke tillatt': 'Ikkje tillate',
  'Ikke funnet': 'Ikkje funne',
  'Metoden er ikke tillatt': 'Metoden er ikkje tillaten',
  'Formatet kan ikke leveres': 'Formatet kan ikkje leverast',
  Tidsavbrudd: 'Tidsavbrot',
  Konflikt: 'Konflikt',
  'Forespørselen er for stor': 'Førespurnaden er for stor',
  'Adressen er for lang': 'Adressa er for lang',
  'Innholdstypen støttes ikke': 'Innhaldstypen er ikkje støtta',
  'Forventningen kan ikke innfris': 'Forventinga kan ikkje innfriast',
  'For mange forsøk': 'For mange forsøk',
  'For store topptekster (headers)': 'For store topptekstar (headers)',
  'Tjenesten er midlertidig utilgjengelig': 'Tenesta er mellombels utilgjengeleg',
  'Forespørselslinjen og topptekstene (headers) er til sammen større enn {} kB.':
    'Førespurnadslinja og topptekstane (headers) er til saman større enn {} kB.',
  'Forespørselen kom ikke fram i tide.': 'Førespurnaden kom ikkje fram i tide.',
  'Forespørselen kunne ikke leses som HTTP/1.1.': 'Førespurnaden kunne ikkje lesast som HTTP/1.1.',
  'Toppteksten Expect støttes bare med verdien 100-continue.':
    'Toppteksten Expect er berre støtta med verdien 100-continue.',
  'Adressen har en ugyldig prosentkoding (%XX).': 'Adressa har ei ugyldig prosentkoding (%XX).',
  'En del av adressen (en id) er lengre enn 100 tegn.':
    'Ein del av adressa (ein id) er lengre enn 100 teikn.',
  'Adressen er lengre enn {} tegn.': 'Adressa er lengre enn {} teikn.',
  'Innholdstypen støttes ikke. Send application/json (eller multipart/form-data for filer).':
    'Innhaldstypen er ikkje støtta. Send application/json (eller multipart/form-data for filer).',
  'Forespørselen er større enn {} MB.': 'Førespurnaden er større enn {} MB.',
  'Innholdstypen er application/json, men forespørselen har ikke noe innhold.':
    'Innhaldstypen er application/json, men førespurnaden har ikkje noko innhald.',
  'Innholdet er ikke så langt som Content-Length sier.':
    'Innhaldet er ikkje så langt som Content-Length seier.',
  'Innholdet er ikke gyldig JSON.': 'Innhaldet er ikkje gyldig JSON.',
  'Det finnes ingen slik adresse i API-et. Se dokumentasjonen på /api/docs.':
    'Det finst inga slik adresse i API-et. Sjå dokumentasjonen på /api/docs.',
  'Handlingen er ikke tillatt i gjeldende status': 'Handlinga er ikkje tillaten i gjeldande status',
  'Utdatert versjon': 'Utdatert versjon',
  'Finnes allerede': 'Finst allereie',
  'Samtidig endring': 'Samtidig endring',
  'Opplysningene bryter en regel': 'Opplysningane bryt ein regel',
  'JSON-innholdet er for komplekst': 'JSON-innhaldet er for komplekst',
  'Ugyldige opplysninger': 'Ugyldige opplysningar',
  'En database eller kø vi er avhengige av svarer ikke akkurat nå. Prøv igjen om litt.':
    'Ein database eller kø vi er avhengige av, svarar ikkje akkurat no. Prøv igjen om litt.',
  'Feltet er ikke tillatt her.': 'Feltet er ikkje tillate her.',
  'Må være et heltall.': 'Må vere eit heiltal.',
  'Må være true eller false.': 'Må vere true eller false.',
  'Må være en gyldig e-postadresse.': 'Må vere ei gyldig e-postadresse.',
  'Må være en gyldig id (UUID).': 'Må vere ein gyldig id (UUID).',
  'Må være en liste.': 'Må vere ei liste.',
  'Må være en av: ': 'Må vere ein av: ',
  'Må være en av: {}': 'Må vere ein av: {}',
  'Listen kan ikke være tom.': 'Lista kan ikkje vere tom.',
  'Listen må ha minst {} element.': 'Lista må ha minst {} element.',
  'Listen kan ha høyst {} element.': 'Lista kan ha høgst {} element.',
  'Kan ikke være mindre enn {}.': 'Kan ikkje vere mindre enn {}.',
  'Kan ikke være større enn {}.': 'Kan ikkje vere større enn {}.',
  'Kan ha høyst {} tegn.': 'Kan ha høgst {} teikn.',
  'Må ha minst {} tegn.': 'Må ha minst {} teikn.',
  'Har feil format.': 'Har feil format.',
  'Hvert element må være et objekt.': 'Kvart element må vere eit objekt.',
  'Må være et objekt.': 'Må vere eit objekt.',
  'Må være et objekt med gyldige felt.': 'Må vere eit objekt med gyldige felt.',
  'Må være en gyldig id.': 'Må vere ein gyldig id.',
  'Koden kan bare ha små bokstaver, siffer og _ (høyst 30 tegn).':
    'Koden kan berre ha små bokstavar, siffer og _ (høgst 30 teikn).',
  'Koden må være 2–10 store bokstaver eller siffer, og starte med en bokstav.':
    'Koden må vere 2–10 store bokstavar eller siffer og byrje med ein bokstav.',
  'tilskudd.no-ID-en skrives som på tilskudd.no: store bokstaver, bindestrek og siffer, f.eks. «DT-0044».':
    'tilskudd.no-ID-en blir skriven som på tilskudd.no: store bokstavar, bindestrek og siffer, t.d. «DT-0044».',
  'Skriv hva dere klager på og hvorfor.': 'Skriv kva de klagar på, og kvifor.',
  'Det er allerede en klage under behandling på dette vedtaket.':
    'Det er allereie ei klage under behandling på dette vedtaket.',
  'En klage kan ha høyst {} vedlegg.': 'Ei klage kan ha høgst {} vedlegg.',
  'Bare saksbehandlere forbereder klagesaker.': 'Berre saksbehandlarar førebur klagesaker.',
  'Du forberedte vedtaket det klages over, og kan ikke forberede klagesaken. En annen saksbehandler må ta den.':
    'Du førebudde vedtaket det blir klaga over, og kan ikkje førebu klagesaka. Ein annan saksbehandlar må ta ho.',
  'Begrunn om klagen tas under behandling.': 'Grunngi om klaga blir teken under behandling.',
  'Klagen kom inn i tide.': 'Klaga kom inn i tide.',
  'Det er allerede avgjort om klagen tas under behandling.':
    'Det er allereie avgjort om klaga blir teken under behandling.',
  'Klagesaken venter ikke på et nytt vedtak.': 'Klagesaka ventar ikkje på eit nytt vedtak.',
  'Kravet kan ikke settes høyere enn det er ({}).': 'Kravet kan ikkje setjast høgare enn det er ({}).',
  'Det er allerede betalt {}; kravet kan ikke settes lavere.':
    'Det er allereie betalt {}; kravet kan ikkje setjast lågare.',
  'Oppgi utfallet av det nye vedtaket.': 'Oppgi utfallet av det nye vedtaket.',
  'Et nytt vedtak etter klage må begrunnes (regler, faktum og hovedhensyn).':
    'Eit nytt vedtak etter klage må grunngivast (reglar, faktum og hovudomsyn).',
  'Bare ledere med budsjettdisponeringsmyndighet kan godkjenne vedtak.':
    'Berre leiarar med budsjettdisponeringsmynde kan godkjenne vedtak.',
  'Det er ikke foreslått et nytt vedtak i klagesaken.': 'Det er ikkje føreslått eit nytt vedtak i klagesaka.',
  'Du forberedte klagesaken selv og kan ikke godkjenne vedtaket (to personer skal se på saken).':
    'Du førebudde klagesaka sjølv og kan ikkje godkjenne vedtaket (to personar skal sjå på saka).',
  'Skriv Sfks vurdering av klagen til klageinstansen.':
    'Skriv vurderinga til Sfk av klaga til klageinstansen.',
  'Bare en klage Sfk har til behandling kan sendes videre.':
    'Berre ei klage Sfk har til behandling, kan sendast vidare.',
  'Klagen er ikke sendt til klageinstansen.': 'Klaga er ikkje send til klageinstansen.',
  'Datoen for klageinstansens vedtak må ligge mellom oversendelsen og i dag.':
    'Datoen for vedtaket til klageinstansen må liggje mellom oversendinga og i dag.',
  'Klagesaken er tildelt en annen saksbehandler.': 'Klagesaka er tildelt ein annan saksbehandlar.',
  'Ta klagesaken før du behandler den.': 'Ta klagesaka før du behandlar ho.',
  'Søknaden er ikke avgjort ennå.': 'Søknaden er ikkje avgjord enno.',
  'Vedtaket er erstattet av et nyere vedtak; klag på det.':
    'Vedtaket er erstatta av eit nyare vedtak; klag på det.',
  'Klagesaken er avsluttet.': 'Klagesaka er avslutta.',
  'Klagen er ikke tatt under behandling.': 'Klaga er ikkje teken under behandling.',
  'Klagen kom inn etter fristen ({}). Avgjør først om den likevel skal behandles.':
    'Klaga kom inn etter fristen ({}). Avgjer først om ho likevel skal behandlast.',
  'Bare medlemmer av organisasjonen kan endre søknaden.':
    'Berre medlemmer av organisasjonen kan endre søknaden.',
  'Teksten kan ha høyst {} tegn (har {}).': 'Teksten kan ha høgst {} teikn (har {}).',
  'Teksten kan ha høyst {} ord (har {}).': 'Teksten kan ha høgst {} ord (har {}).',
  'Innsatsområdet må være ett av ordningens: {}.': 'Innsatsområdet må vere eitt av områda i ordninga: {}.',
  'Ordningen gir ikke denne typen tilskudd ({}).': 'Ordninga gir ikkje denne typen tilskot ({}).',
  'Sluttdatoen må være etter startdatoen.': 'Sluttdatoen må vere etter startdatoen.',
  Tittel: 'Tittel',
  Innsatsområde: 'Innsatsområde',
  'Type tilskudd': 'Type tilskot',
  Sammendrag: 'Samandrag',
  Mål: 'Mål',
  Målgruppe: 'Målgruppe',
  'Geografisk område': 'Geografisk område',
  Gjennomføringsplan: 'Gjennomføringsplan',
  Startdato: 'Startdato',
  Sluttdato: 'Sluttdato',
  'Forventede resultater': 'Forventa resultat',
  'Omsøkt beløp': 'Omsøkt beløp',
  Kontaktperson: 'Kontaktperson',
  'Den som signerer': 'Den som signerer',
  '{} må fylles ut før innsending.': '{} må fyllast ut før innsending.',
  'Budsjettet må ha minst én post.': 'Budsjettet må ha minst éin post.',
  'Omsøkt beløp kan ikke være større enn budsjettet minus annen finansiering ({}).':
    'Omsøkt beløp kan ikkje vere større enn budsjettet minus anna finansiering ({}).',
  'Vedlegg av typen «{}» mangler.': 'Vedlegg av typen «{}» manglar.',
  vedtekter: 'vedtekter',
  årsregnskap: 'årsrekneskap',
  årsberetning: 'årsmelding',
  budsjett: 'budsjett',
  annet: 'anna',
  utkast: 'utkast',
  'sendt inn': 'send inn',
  'under vurdering': 'under vurdering',
  vurdert: 'vurdert',
  avgjort: 'avgjord',
  varslet: 'varsla',
  akseptert: 'akseptert',
  utbetalt: 'utbetalt',
  bortfalt: 'fallen bort',
  trukket: 'trekt',
  endres: 'endrast',
  'sendes inn': 'sendast inn',
  trekkes: 'trekkjast',
  kontrolleres: 'kontrollerast',
  avvises: 'avvisast',
  vurderes: 'vurderast',
  godkjennes: 'godkjennast',
  varsles: 'varslast',
  aksepteres: 'aksepterast',
  'falle bort': 'falle bort',
  'markeres som utbetalt': 'merkast som utbetalt',
  'få et nytt vedtak': 'få eit nytt vedtak',
  'Søknaden kan ikke {} når den har status «{}».': 'Søknaden kan ikkje {} når han har status «{}».',
  'Utlysningen er ikke åpen for innsending.': 'Utlysinga er ikkje open for innsending.',
  'Utlysningen finnes ikke eller er ikke publisert.': 'Utlysinga finst ikkje eller er ikkje publisert.',
  'Utlysningen er ikke åpen for søknader nå.': 'Utlysinga er ikkje open for søknader no.',
  'Oppgi hjemmel for unntak fra offentlighet.': 'Oppgi heimel for unntak frå offentlegheit.',
  'En søknad kan ha høyst {} vedlegg.': 'Ein søknad kan ha høgst {} vedlegg.',
  'Bare saksbehandlere kan endre unntak fra offentlighet.':
    'Berre saksbehandlarar kan endre unntak frå offentlegheit.',
  'Vedleggene er låst etter innsending.': 'Vedlegga er låste etter innsending.',
  'Bare Sfk-ansatte erklærer habilitet.': 'Berre Sfk-tilsette erklærer habilitet.',
  'Oppgi hva som gjør deg inhabil.': 'Oppgi kva som gjer deg inhabil.',
  'En erklært inhabilitet kan ikke trekkes tilbake.': 'Ein erklært inhabilitet kan ikkje trekkjast tilbake.',
  'Du er medlem av søkerorganisasjonen og er inhabil i saken (forvaltningsloven § 6). Erklær inhabilitet og oppgi medlemskapet som grunn.':
    'Du er medlem av søkjarorganisasjonen og er inhabil i saka (forvaltningslova § 6). Erklær inhabilitet og oppgi medlemskapen som grunn.',
  'Du må erklære om du er habil i saken før du behandler den.':
    'Du må erklære om du er habil i saka, før du behandlar ho.',
  'Bare saksbehandlere vurderer søknader.': 'Berre saksbehandlarar vurderer søknader.',
  'Kriteriet «{}» mangler karakter.': 'Kriteriet «{}» manglar karakter.',
  'Ukjent eller gjentatt kriterium.': 'Ukjent eller gjenteke kriterium.',
  'Karakteren må være et heltall fra {} til {}.': 'Karakteren må vere eit heiltal frå {} til {}.',
  'Hver karakter må ha en kommentar.': 'Kvar karakter må ha ein kommentar.',
  'Organisasjonsformen kan ikke få tilskudd fra ordningen.':
    'Organisasjonsforma kan ikkje få tilskot frå ordninga.',
  'Organisasjonen er ikke registrert i Frivillighetsregisteret.':
    'Organisasjonen er ikkje registrert i Frivilligregisteret.',
  'Søknaden kom inn etter fristen.': 'Søknaden kom inn etter fristen.',
  'Påkrevde vedlegg mangler.': 'Påkravde vedlegg manglar.',
  'Organisasjonen har {} rapport(er) på tidligere tilskudd som ikke er levert og {} som ikke er godkjent; ordningen krever godkjente rapporter før ny søknad behandles.':
    'Organisasjonen har {} rapport(ar) på tidlegare tilskot som ikkje er leverte, og {} som ikkje er godkjende; ordninga krev godkjende rapportar før ein ny søknad blir behandla.',
  'En kommune kan bare få tilskudd når frivillige organisasjoner ikke har et tilfredsstillende tilbud; skriv begrunnelsen.':
    'Ein kommune kan berre få tilskot når frivillige organisasjonar ikkje har eit tilfredsstillande tilbod; skriv grunngivinga.',
  'Bare saksbehandlere gjør formell kontroll.': 'Berre saksbehandlarar gjer formell kontroll.',
  'En avvisning må begrunnes: regler, faktum og hovedhensyn.':
    'Ei avvising må grunngivast: reglar, faktum og hovudomsyn.',
  'Fristen for å akseptere vilkårene gikk ut {}.': 'Fristen for å akseptere vilkåra gjekk ut {}.',
  'Skriv hvorfor dere takker nei.': 'Skriv kvifor de takkar nei.',
  'Søknaden har ikke et tilskudd med vilkår å svare på.':
    'Søknaden har ikkje eit tilskot med vilkår å svare på.',
  'Du ble logget ut fordi du ikke har vært aktiv på {} minutter. Logg inn på nytt.':
    'Du vart logga ut fordi du ikkje har vore aktiv på {} minutt. Logg inn på nytt.',
  'Du ble logget ut fordi det er gått {} timer siden du logget inn. Logg inn på nytt.':
    'Du vart logga ut fordi det har gått {} timar sidan du logga inn. Logg inn på nytt.',
  'Du har logget ut. Logg inn på nytt for å fortsette.':
    'Du har logga ut. Logg inn på nytt for å halde fram.',
  'Du ble logget ut fordi passordet eller tilgangen din er endret. Logg inn på nytt.':
    'Du vart logga ut fordi passordet eller tilgangen din er endra. Logg inn på nytt.',
  'Du er ikke logget inn.': 'Du er ikkje logga inn.',
  'Forespørselen kom fra et annet nettsted og er avvist.':
    'Førespurnaden kom frå ein annan nettstad og er avvist.',
  'Forespørselen mangler gyldig CSRF-token (X-CSRF-Token). Last siden på nytt og prøv igjen.':
    'Førespurnaden manglar gyldig CSRF-token (X-CSRF-Token). Last sida på nytt og prøv igjen.',
  'Økten er utløpt': 'Økta er gått ut',
  'Forespørselen er avvist': 'Førespurnaden er avvist',
  'Søknaden kan ikke endres etter at den er sendt inn.':
    'Søknaden kan ikkje endrast etter at han er send inn.',
  'Innholdet er større enn tillatt.': 'Innhaldet er større enn tillate.',
  'Innholdstypen støttes ikke. Send JSON (application/json).':
    'Innhaldstypen er ikkje støtta. Send JSON (application/json).',
  'For mange forsøk. Prøv igjen om 30 sekunder.': 'For mange forsøk. Prøv igjen om 30 sekund.',
  'melding til mottaker': 'melding til mottakar',
};
