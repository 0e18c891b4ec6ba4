/**
 * Nynorsk forms of the messages a client can read, keyed by their bokmål text as the code raises it (see
 * translate.ts for templates: `{}` stands for an interpolated value). catalogue.spec.ts scans the code and fails
 * when a message has no entry here, so a new message cannot be added without its nynorsk form.
 */
export const NYNORSK: Record<string, string> = {
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
  'Vedtaket er allerede erstattet av et nyere vedtak.': 'Vedtaket er allereie erstatta av eit nyare vedtak.',
  'Du forberedte saken selv og kan ikke godkjenne vedtaket (to personer skal se på saken).':
    'Du førebudde saka sjølv og kan ikkje godkjenne vedtaket (to personar skal sjå på saka).',
  'En utbetaling i saken er sendt til banken. Registrer den som betalt, eller kanseller utbetalingslisten, før vedtaket endres.':
    'Ei utbetaling i saka er send til banken. Registrer ho som betalt, eller kanseller utbetalingslista, før vedtaket blir endra.',
  'Endringer kan bare søkes om for et tilskudd som er akseptert.':
    'Det kan berre søkjast om endringar for eit tilskot som er akseptert.',
  'Det er allerede en endringssøknad under behandling for dette tilskuddet.':
    'Det er allereie ein endringssøknad under behandling for dette tilskotet.',
  'Bare saksbehandlere behandler endringssøknader.': 'Berre saksbehandlarar behandlar endringssøknader.',
  'Endringssøknaden er allerede behandlet.': 'Endringssøknaden er allereie behandla.',
  'Mer penger er et nytt vedtak: begrunn det (regler, faktum og hovedhensyn).':
    'Meir pengar er eit nytt vedtak: grunngi det (reglar, faktum og hovudomsyn).',
  'Et avslag må begrunnes (regler, faktum og hovedhensyn).':
    'Eit avslag må grunngivast (reglar, faktum og hovudomsyn).',
  'Endringssøknaden venter ikke på et nytt vedtak.': 'Endringssøknaden ventar ikkje på eit nytt vedtak.',
  'Forklar hvorfor dere søker om endringen.': 'Forklar kvifor de søkjer om endringa.',
  'Oppgi ny sluttdato for perioden.': 'Oppgi ny sluttdato for perioden.',
  'Ny sluttdato må være etter gjeldende sluttdato ({}).':
    'Ny sluttdato må vere etter gjeldande sluttdato ({}).',
  'Oppgi hele budsjettet etter endringen.': 'Oppgi heile budsjettet etter endringa.',
  'Budsjettet etter endringen må være det godkjente budsjettet pluss beløpet dere søker om ({}).':
    'Budsjettet etter endringa må vere det godkjende budsjettet pluss beløpet de søkjer om ({}).',
  'En omfordeling må gi samme totalbeløp som det godkjente budsjettet ({}).':
    'Ei omfordeling må gi same totalbeløp som det godkjende budsjettet ({}).',
  'Beskriv endringen i prosjektet.': 'Beskriv endringa i prosjektet.',
  'Utlysningen har ikke forbehold om budsjettvedtak.': 'Utlysinga har ikkje atterhald om budsjettvedtak.',
  'Alle søknadene må høre til utlysningen.': 'Alle søknadene må høyre til utlysinga.',
  'Du vurderte denne søknaden selv og kan ikke godkjenne vedtaket (to personer skal se på saken).':
    'Du vurderte denne søknaden sjølv og kan ikkje godkjenne vedtaket (to personar skal sjå på saka).',
  'Når du endrer utfall eller beløp, må du begrunne vedtaket (regler, faktum og hovedhensyn).':
    'Når du endrar utfall eller beløp, må du grunngi vedtaket (reglar, faktum og hovudomsyn).',
  'Vedtaket vil overskride rammen for utlysningen. Gjenstående ramme er {}.':
    'Vedtaket vil gå over ramma for utlysinga. Ramma som står att, er {}.',
  'Lenken er ugyldig, utløpt eller allerede brukt. Be om en ny lenke.':
    'Lenkja er ugyldig, utgått eller allereie brukt. Be om ei ny lenkje.',
  'Det nåværende passordet er feil.': 'Det noverande passordet er feil.',
  'Det nye passordet må være et annet enn det nåværende.':
    'Det nye passordet må vere eit anna enn det noverande.',
  'Passordet kan ha høyst {} tegn.': 'Passordet kan ha høgst {} teikn.',
  'Det finnes allerede en bruker med denne e-postadressen.':
    'Det finst allereie ein brukar med denne e-postadressa.',
  'Du kan ikke fjerne din egen administratorrolle.': 'Du kan ikkje fjerne di eiga administratorrolle.',
  'Du kan ikke deaktivere deg selv.': 'Du kan ikkje deaktivere deg sjølv.',
  'E-postadressen er ikke bekreftet ennå. Åpne lenken i e-posten vi sendte da du registrerte deg, eller be om å få sette nytt passord.':
    'E-postadressa er ikkje stadfesta enno. Opne lenkja i e-posten vi sende då du registrerte deg, eller be om å få setje nytt passord.',
  'Filen er en {}-fil, men inneholder også HTML-kode som en nettleser kan kjøre, og ble ikke lagret. Lagre dokumentet på nytt og last det opp igjen.':
    'Fila er ei {}-fil, men inneheld også HTML-kode som ein nettlesar kan køyre, og vart ikkje lagra. Lagre dokumentet på nytt og last det opp igjen.',
  'Dokumentet pakker seg ut til mer enn {} MB og ble ikke lagret (en såkalt zip-bombe).':
    'Dokumentet pakkar seg ut til meir enn {} MB og vart ikkje lagra (ei såkalla zip-bombe).',
  'En del av dokumentet («{}») er pakket {} ganger tettere enn vanlige dokumenter, og filen ble ikke lagret (en såkalt zip-bombe).':
    'Ein del av dokumentet («{}») er pakka {} gonger tettare enn vanlege dokument, og fila vart ikkje lagra (ei såkalla zip-bombe).',
  'Delene av dokumentet overlapper hverandre i filen, og filen ble ikke lagret (en såkalt zip-bombe).':
    'Delane av dokumentet overlappar kvarandre i fila, og fila vart ikkje lagra (ei såkalla zip-bombe).',
  'Dokumentet består av {} deler, flere enn grensen på {}, og ble ikke lagret.':
    'Dokumentet består av {} delar, fleire enn grensa på {}, og vart ikkje lagra.',
  'Dokumentet inneholder en annen arkivfil («{}») og ble ikke lagret. Last opp filene hver for seg.':
    'Dokumentet inneheld ei anna arkivfil («{}») og vart ikkje lagra. Last opp filene kvar for seg.',
  'Dokumentet er skadet eller kryptert og kan ikke kontrolleres, og ble ikke lagret.':
    'Dokumentet er skadd eller kryptert og kan ikkje kontrollerast, og det vart ikkje lagra.',
  'Filnavnet «{}» passer ikke med innholdet, som er {}. Gi filen endelsen .{} og last den opp igjen.':
    'Filnamnet «{}» passar ikkje med innhaldet, som er {}. Gi fila endinga .{} og last ho opp igjen.',
  'Filen er tom.': 'Fila er tom.',
  'Filtypen er ikke tillatt. Tillatte filtyper er PDF, DOCX, XLSX, ODT, PNG og JPEG (filens innhold avgjør, ikke navnet).':
    'Filtypen er ikkje tillaten. Tillatne filtypar er PDF, DOCX, XLSX, ODT, PNG og JPEG (innhaldet i fila avgjer, ikkje namnet).',
  'Virusskanningen svarer ikke akkurat nå, så filen ble ikke lagret. Prøv igjen om litt.':
    'Virusskanninga svarar ikkje akkurat no, så fila vart ikkje lagra. Prøv igjen om litt.',
  'Filen inneholder skadevare ({}) og ble ikke lagret. Kontroller filen og maskinen den kom fra, og last opp en ren kopi.':
    'Fila inneheld skadevare ({}) og vart ikkje lagra. Kontroller fila og maskina ho kom frå, og last opp ein rein kopi.',
  'Et avslag har beløp 0.': 'Eit avslag har beløp 0.',
  'Fullt tilskudd er det omsøkte beløpet; et lavere beløp er delvis tilskudd.':
    'Fullt tilskot er det omsøkte beløpet; eit lågare beløp er delvis tilskot.',
  'Delvis tilskudd må være større enn 0 og mindre enn det omsøkte beløpet.':
    'Delvis tilskot må vere større enn 0 og mindre enn det omsøkte beløpet.',
  'Avslag og delvis tilskudd må begrunnes med regler, faktum og hovedhensyn (forvaltningsloven §§ 24–25).':
    'Avslag og delvis tilskot må grunngivast med reglar, faktum og hovudomsyn (forvaltningslova §§ 24–25).',
  'Et tilskudd må ha vilkår.': 'Eit tilskot må ha vilkår.',
  søknaden: 'søknaden',
  'vedleggene i saken': 'vedlegga i saka',
  'Sfks saksbehandling (formell kontroll og vurdering)':
    'saksbehandlinga til Sfk (formell kontroll og vurdering)',
  'vedtakene og brevene i saken': 'vedtaka og breva i saka',
  'utbetalingene og tilbakebetalingskravene i saken': 'utbetalingane og tilbakebetalingskrava i saka',
  'rapporten i saken': 'rapporten i saka',
  'klagene i saken': 'klagene i saka',
  'endringssøknadene i saken': 'endringssøknadene i saka',
  'Rollen din gir ikke tilgang til {}.': 'Rolla di gir ikkje tilgang til {}.',
  'En utbetalingsplan har fra 1 til 12 utbetalinger.': 'Ein utbetalingsplan har frå 1 til 12 utbetalingar.',
  'Andelen må være et helt antall prosent fra 1 til 100.':
    'Delen må vere eit heilt tal prosent frå 1 til 100.',
  'Forfall må være «acceptance» (ved aksept) eller en dato i tilskuddsåret på formen MM-DD.':
    'Forfall må vere «acceptance» (ved aksept) eller ein dato i tilskotsåret på forma MM-DD.',
  'Andelene i utbetalingsplanen må til sammen være 100 prosent (er {}).':
    'Delane i utbetalingsplanen må til saman vere 100 prosent (er {}).',
  'Du er medlem av søkerorganisasjonen og er derfor inhabil i saken (forvaltningsloven § 6): du kan ikke behandle den eller se Sfks saksbehandling.':
    'Du er medlem av søkjarorganisasjonen og er difor inhabil i saka (forvaltningslova § 6): du kan ikkje behandle ho eller sjå saksbehandlinga til Sfk.',
  'Du har erklært deg inhabil i denne saken og kan ikke se eller behandle den.':
    'Du har erklært deg inhabil i denne saka og kan ikkje sjå eller behandle ho.',
  'Fant ingen aktiv søkerbruker med denne e-postadressen.':
    'Fann ingen aktiv søkjarbrukar med denne e-postadressa.',
  'Brukeren er allerede medlem av organisasjonen.': 'Brukaren er allereie medlem av organisasjonen.',
  'Organisasjonsnummeret er ikke gyldig (MOD11).': 'Organisasjonsnummeret er ikkje gyldig (MOD11).',
  'En organisasjon med dette organisasjonsnummeret er allerede registrert. Be en av medlemmene om å legge deg til.':
    'Ein organisasjon med dette organisasjonsnummeret er allereie registrert. Be eitt av medlemmene om å leggje deg til.',
  'Bare medlemmer av organisasjonen kan endre organisasjonsprofilen.':
    'Berre medlemmer av organisasjonen kan endre organisasjonsprofilen.',
  'Kontonummeret er allerede kontrollert.': 'Kontonummeret er allereie kontrollert.',
  'Du har attestert utbetalinger til organisasjonen som ikke er betalt ennå, og kan derfor ikke kontrollere kontonummeret.':
    'Du har attestert utbetalingar til organisasjonen som ikkje er betalte enno, og kan difor ikkje kontrollere kontonummeret.',
  'Kontonummeret er ikke gyldig (MOD11).': 'Kontonummeret er ikkje gyldig (MOD11).',
  'Kommunenummeret hører ikke til noe fylke i dagens inndeling.':
    'Kommunenummeret høyrer ikkje til noko fylke i dagens inndeling.',
  'Organisasjonen må ha minst én som kan signere for den. Gi signaturrett til en annen først.':
    'Organisasjonen må ha minst éin som kan signere for han. Gi signaturrett til ein annan først.',
  'Bare en utsendelse som har feilet, kan sendes på nytt.':
    'Berre ei utsending som har feila, kan sendast på nytt.',
  planlagt: 'planlagd',
  attestert: 'attestert',
  'sendt til banken': 'send til banken',
  kansellert: 'kansellert',
  attesteres: 'attesterast',
  'få ekstra kontroll': 'få ekstra kontroll',
  'tas med i en utbetalingsliste': 'takast med i ei utbetalingsliste',
  'tas ut av utbetalingslisten': 'takast ut av utbetalingslista',
  'få attestasjonen opphevet': 'få attestasjonen oppheva',
  'Utbetalingen kan ikke {} når den har status «{}».': 'Utbetalinga kan ikkje {} når ho har status «{}».',
  'Bare utbetalinger over {} kroner skal ha ekstra kontroll.':
    'Berre utbetalingar over {} kroner skal ha ekstra kontroll.',
  'Utbetalingen har allerede fått ekstra kontroll.': 'Utbetalinga har allereie fått ekstra kontroll.',
  'Den ekstra kontrollen må gjøres av en annen person enn den som attesterte utbetalingen eller godkjente vedtaket.':
    'Den ekstra kontrollen må gjerast av ein annan person enn den som attesterte utbetalinga eller godkjende vedtaket.',
  'Utbetalingen er ikke på en utbetalingsliste.': 'Utbetalinga er ikkje på ei utbetalingsliste.',
  'Du godkjente vedtaket og kan ikke også attestere utbetalingen. Attestasjonen må gjøres av en annen person.':
    'Du godkjende vedtaket og kan ikkje også attestere utbetalinga. Attestasjonen må gjerast av ein annan person.',
  'Vilkårene for tilskuddet er ikke akseptert (eller vedtaket gjelder ikke lenger), så utbetalingen kan ikke attesteres.':
    'Vilkåra for tilskotet er ikkje aksepterte (eller vedtaket gjeld ikkje lenger), så utbetalinga kan ikkje attesterast.',
  'Utbetalingene for tilskuddet stemmer ikke med beløpet i vedtaket.':
    'Utbetalingane for tilskotet stemmer ikkje med beløpet i vedtaket.',
  'Utlysningen er fortsatt gitt med forbehold om Stortingets budsjettvedtak; ingenting kan utbetales før forbeholdet er opphevet.':
    'Utlysinga er framleis gitt med atterhald om budsjettvedtaket i Stortinget; ingenting kan betalast ut før atterhaldet er oppheva.',
  'Du kontrollerte organisasjonens kontonummer og kan derfor ikke attestere utbetalinger til den.':
    'Du kontrollerte kontonummeret til organisasjonen og kan difor ikkje attestere utbetalingar til han.',
  'Organisasjonens kontonummer er nytt eller endret og ikke kontrollert av Sfk. Utbetalingen venter til kontonummeret er kontrollert.':
    'Kontonummeret til organisasjonen er nytt eller endra og ikkje kontrollert av Sfk. Utbetalinga ventar til kontonummeret er kontrollert.',
  'Organisasjonen er registrert {} i Enhetsregisteret; det kan ikke utbetales tilskudd til den.':
    'Organisasjonen er registrert {} i Einingsregisteret; det kan ikkje betalast ut tilskot til han.',
  konkurs: 'konkurs',
  'under avvikling': 'under avvikling',
  'Utbetalingsdatoen kan ikke være fram i tid.': 'Utbetalingsdatoen kan ikkje vere fram i tid.',
  'Utbetalingsdatoen kan ikke være før betalingsdatoen banken fikk i utbetalingslisten ({}).':
    'Utbetalingsdatoen kan ikkje vere før betalingsdatoen banken fekk i utbetalingslista ({}).',
  'Betalingsdatoen {} er før forfallsdatoen til {} av utbetalingene (seneste forfall {}). Velg en betalingsdato på eller etter {}, eller en tidligere dato for «forfall til og med».':
    'Betalingsdatoen {} er før forfallsdatoen til {} av utbetalingane (seinaste forfall {}). Vel ein betalingsdato på eller etter {}, eller ein tidlegare dato for «forfall til og med».',
  'Betalingsdatoen kan ikke være tilbake i tid.': 'Betalingsdatoen kan ikkje vere tilbake i tid.',
  'Skriv hvorfor utbetalingslisten kanselleres.': 'Skriv kvifor utbetalingslista blir kansellert.',
  '{} av utbetalingene i listen er allerede markert som betalt; listen kan ikke kanselleres.':
    '{} av utbetalingane i lista er allereie merkte som betalte; lista kan ikkje kansellerast.',
  'Ingen av de {} attesterte utbetalingene kan sendes nå (kontonummer, flagg, ekstra kontroll eller budsjettforbehold).':
    'Ingen av dei {} attesterte utbetalingane kan sendast no (kontonummer, flagg, ekstra kontroll eller budsjettatterhald).',
  'Det finnes ingen attesterte utbetalinger som ikke allerede er på en utbetalingsliste.':
    'Det finst ingen attesterte utbetalingar som ikkje allereie er på ei utbetalingsliste.',
  innvilget: 'innvilga',
  'delvis innvilget': 'delvis innvilga',
  avslått: 'avslått',
  avvist: 'avvist',
  'forlenget periode': 'forlengd periode',
  'endret budsjett': 'endra budsjett',
  'endret innhold': 'endra innhald',
  'Kravet er allerede frafalt.': 'Kravet er allereie fråfalle.',
  'Kravet kan settes mellom det som er betalt ({}) og {}.':
    'Kravet kan setjast mellom det som er betalt ({}), og {}.',
  'Teksten ser ut til å inneholde {}. Rapporten skal ikke inneholde opplysninger om enkeltpersoner.':
    'Teksten ser ut til å innehalde {}. Rapporten skal ikkje innehalde opplysningar om enkeltpersonar.',
  'Ordningen har ingen slik indikator.': 'Ordninga har ingen slik indikator.',
  'Indikatoren fordeles på {}.': 'Indikatoren blir fordelt på {}.',
  'Tallet må være et helt tall, 0 eller mer.': 'Talet må vere eit heilt tal, 0 eller meir.',
  'Søknaden har budsjettpostene 0–{}.': 'Søknaden har budsjettpostane 0–{}.',
  'Budsjettposten er oppgitt to ganger.': 'Budsjettposten er oppgitt to gonger.',
  'Send med versjonen av rapporten du endrer.': 'Send med versjonen av rapporten du endrar.',
  'Rapporten er sendt inn og kan ikke endres nå.': 'Rapporten er send inn og kan ikkje endrast no.',
  'Revisorerklæringen må være en PDF-fil.': 'Revisorfråsegna må vere ei PDF-fil.',
  'Rapporten er ikke påbegynt.': 'Rapporten er ikkje påbyrja.',
  'Rapporten er allerede sendt inn.': 'Rapporten er allereie send inn.',
  'Skriv hva organisasjonen må rette før rapporten sendes tilbake.':
    'Skriv kva organisasjonen må rette før rapporten blir send tilbake.',
  'Oppgi grunnen til kravet og betalingsfristen.': 'Oppgi grunnen til kravet og betalingsfristen.',
  'Rapporten er ikke sendt inn.': 'Rapporten er ikkje send inn.',
  'Bare en innsendt rapport kan behandles.': 'Berre ein innsend rapport kan behandlast.',
  'Rapporten viser ikke ubrukte midler; oppgi beløpet som skal kreves tilbake.':
    'Rapporten viser ikkje ubrukte midlar; oppgi beløpet som skal krevjast tilbake.',
  'Kravet kan ikke være større enn tilskuddet.': 'Kravet kan ikkje vere større enn tilskotet.',
  'Begrunn kravet om tilbakebetaling.': 'Grunngi kravet om tilbakebetaling.',
  'Betalingsfristen må være fram i tid.': 'Betalingsfristen må vere fram i tid.',
  'Innbetalingsdatoen kan ikke være fram i tid.': 'Innbetalingsdatoen kan ikkje vere fram i tid.',
  'Kravet er allerede gjort opp.': 'Kravet er allereie gjort opp.',
  'Innbetalingen er større enn det som gjenstår av kravet ({}).':
    'Innbetalinga er større enn det som står att av kravet ({}).',
  'Søknaden har ikke et akseptert tilskudd med rapportplikt.':
    'Søknaden har ikkje eit akseptert tilskot med rapportplikt.',
  'Fyll ut «{}» ({}).': 'Fyll ut «{}» ({}).',
  'Oppgi faktisk forbruk for budsjettposten «{}».': 'Oppgi faktisk forbruk for budsjettposten «{}».',
  'Tilskuddet er over ordningens grense: last opp revisorerklæring (ISRS 4400).':
    'Tilskotet er over grensa i ordninga: last opp revisorfråsegn (ISRS 4400).',
  'Lagre rapporten før du laster opp revisorerklæringen.':
    'Lagre rapporten før du lastar opp revisorfråsegna.',
  'Utlysningen kan ikke {} når den har status «{}».': 'Utlysinga kan ikkje {} når ho har status «{}».',
  publisert: 'publisert',
  stengt: 'stengd',
  arkivert: 'arkivert',
  publiseres: 'publiserast',
  stenges: 'stengjast',
  'markeres som avgjort': 'merkast som avgjord',
  arkiveres: 'arkiverast',
  'Tilskuddsordningen finnes ikke.': 'Tilskotsordninga finst ikkje.',
  'Ordningen har allerede en utlysning for {}.': 'Ordninga har allereie ei utlysing for {}.',
  'Utlysningen kan ikke endres når den har status «{}».':
    'Utlysinga kan ikkje endrast når ho har status «{}».',
  'Feltet kan ikke endres etter at utlysningen er publisert.':
    'Feltet kan ikkje endrast etter at utlysinga er publisert.',
  'Søknadsfristen i en publisert utlysning kan bare forlenges, ikke framskyndes.':
    'Søknadsfristen i ei publisert utlysing kan berre forlengjast, ikkje framskundast.',
  'Søknadsfristen har allerede gått ut; utlysningen kan ikke publiseres.':
    'Søknadsfristen har allereie gått ut; utlysinga kan ikkje publiserast.',
  'Søknadsfristen er bare {} dager etter publiseringen; en utlysning skal publiseres minst {} dager før fristen. Oppgi en begrunnelse for den korte fristen.':
    'Søknadsfristen er berre {} dagar etter publiseringa; ei utlysing skal publiserast minst {} dagar før fristen. Oppgi ei grunngiving for den korte fristen.',
  'Utlysningen kan ikke stenges før søknadsfristen har gått ut.':
    'Utlysinga kan ikkje stengjast før søknadsfristen har gått ut.',
  '{} søknad{} i utlysningen mangler vedtak; utlysningen kan ikke markeres som avgjort ennå.':
    '{} søknad{} i utlysinga manglar vedtak; utlysinga kan ikkje merkast som avgjord enno.',
  'Søknadsfristen må være etter åpningstidspunktet.': 'Søknadsfristen må vere etter opningstidspunktet.',
  'Rapporteringsfristen må være etter søknadsfristen.': 'Rapporteringsfristen må vere etter søknadsfristen.',
  'Det finnes allerede en tilskuddsordning med denne koden.':
    'Det finst allereie ei tilskotsordning med denne koden.',
  'Innsatsområder, vurderingskriterier og karakterskala kan ikke endres mens en utlysning i ordningen er åpen eller under behandling.':
    'Innsatsområde, vurderingskriterium og karakterskala kan ikkje endrast medan ei utlysing i ordninga er open eller under behandling.',
  'En annen tilskuddsordning har allerede denne tilskudd.no-ID-en.':
    'Ei anna tilskotsordning har allereie denne tilskudd.no-ID-en.',
  'Vektene for vurderingskriteriene må til sammen være 100 (er {}).':
    'Vektene for vurderingskriteria må til saman vere 100 (er {}).',
  'Koden «{}» er brukt mer enn én gang.': 'Koden «{}» er brukt meir enn éin gong.',
  'Øverste karakter må være høyere enn laveste.': 'Øvste karakter må vere høgare enn lågaste.',
  '{} er endret av noen andre siden du hentet den (gjeldende versjon er {}). Hent på nytt og prøv igjen.':
    '{} er endra av nokon andre sidan du henta han (gjeldande versjon er {}). Hent på nytt og prøv igjen.',
  'Noen andre endret de samme opplysningene samtidig, og endringen din ble ikke lagret. Hent på nytt og prøv igjen.':
    'Nokon andre endra dei same opplysningane samtidig, og endringa di vart ikkje lagra. Hent på nytt og prøv igjen.',
  'Summen av beløpene kan ikke være større enn {}.': 'Summen av beløpa kan ikkje vere større enn {}.',
  '{} ble ikke funnet.': '{} vart ikkje funnen.',
  'Brevet ble ikke funnet.': 'Brevet vart ikkje funne.',
  'Brukeren ble ikke funnet.': 'Brukaren vart ikkje funnen.',
  'Filen ble ikke funnet.': 'Fila vart ikkje funnen.',
  'Klagen ble ikke funnet.': 'Klaga vart ikkje funnen.',
  'Kravet ble ikke funnet.': 'Kravet vart ikkje funne.',
  'Medlemmet ble ikke funnet.': 'Medlemmet vart ikkje funne.',
  'Organisasjonen ble ikke funnet.': 'Organisasjonen vart ikkje funnen.',
  'Revisorerklæringen ble ikke funnet.': 'Revisorfråsegna vart ikkje funnen.',
  'Søknaden ble ikke funnet.': 'Søknaden vart ikkje funnen.',
  'Tilskuddsordningen ble ikke funnet.': 'Tilskotsordninga vart ikkje funnen.',
  'Utbetalingen ble ikke funnet.': 'Utbetalinga vart ikkje funnen.',
  'Utbetalingslisten ble ikke funnet.': 'Utbetalingslista vart ikkje funnen.',
  'Utlysningen ble ikke funnet.': 'Utlysinga vart ikkje funnen.',
  'Utsendelsen ble ikke funnet.': 'Utsendinga vart ikkje funnen.',
  'Vedlegget ble ikke funnet.': 'Vedlegget vart ikkje funne.',
  'Vedtaket ble ikke funnet.': 'Vedtaket vart ikkje funne.',
  'Vurderingen ble ikke funnet.': 'Vurderinga vart ikkje funnen.',
  Søknaden: 'Søknaden',
  'Adressen finnes, men tar ikke imot denne metoden. Toppteksten Allow viser hvilke den tar imot.':
    'Adressa finst, men tek ikkje imot denne metoden. Toppteksten Allow viser kva metodar ho tek imot.',
  // Sentences found by the wider scan (validators, limits, passwords, uploads, sign-in).
  'Innloggingen er ugyldig eller utløpt. Logg inn på nytt.':
    'Innlogginga er ugyldig eller utgått. Logg inn på nytt.',
  'For mange mislykkede innloggingsforsøk. Vent litt og prøv igjen.':
    'For mange mislukka innloggingsforsøk. Vent litt og prøv igjen.',
  'For mange mislykkede innloggingsforsøk fra denne adressen. Prøv igjen senere, eller fra et annet nettverk.':
    'For mange mislukka innloggingsforsøk frå denne adressa. Prøv igjen seinare, eller frå eit anna nettverk.',
  'Det har vært mange mislykkede innloggingsforsøk på denne kontoen, så den tar bare imot ett forsøk om gangen fra nye steder. Vent litt og prøv igjen.':
    'Det har vore mange mislukka innloggingsforsøk på denne kontoen, så han tek berre imot eitt forsøk om gongen frå nye stader. Vent litt og prøv igjen.',
  'For mange registreringer. Vent litt og prøv igjen.': 'For mange registreringar. Vent litt og prøv igjen.',
  'For mange forespørsler om nytt passord. Vent litt og prøv igjen.':
    'For mange førespurnader om nytt passord. Vent litt og prøv igjen.',
  'For mange forespørsler. Vent litt og prøv igjen.': 'For mange førespurnader. Vent litt og prøv igjen.',
  'Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.':
    'Tenesta er mellombels utilgjengeleg. Prøv igjen om litt.',
  '{} finnes ikke i norsk tid: natt til sommertid stilles klokken fram fra 02:00 til 03:00, så tidspunkter fra 02:00 til 02:59 den natten hoppes over. Velg et tidspunkt før 02:00 eller fra 03:00.':
    '{} finst ikkje i norsk tid: natta til sommartid blir klokka stilt fram frå 02:00 til 03:00, så tidspunkt frå 02:00 til 02:59 den natta blir hoppa over. Vel eit tidspunkt før 02:00 eller frå 03:00.',
  'Må være et tidspunkt (ISO 8601), for eksempel 2026-12-01T23:59:59.':
    'Må vere eit tidspunkt (ISO 8601), til dømes 2026-12-01T23:59:59.',
  'Må være et gyldig organisasjonsnummer (9 siffer, kontrollsiffer MOD11).':
    'Må vere eit gyldig organisasjonsnummer (9 siffer, kontrollsiffer MOD11).',
  'Må være et gyldig kontonummer (11 siffer, kontrollsiffer MOD11).':
    'Må vere eit gyldig kontonummer (11 siffer, kontrollsiffer MOD11).',
  'Må være en dato (ÅÅÅÅ-MM-DD).': 'Må vere ein dato (ÅÅÅÅ-MM-DD).',
  'JSON-innholdet er nestet i mer enn {} nivåer (objekter og lister inne i hverandre).':
    'JSON-innhaldet er nøsta i meir enn {} nivå (objekt og lister inne i kvarandre).',
  'JSON-innholdet har mer enn {} felt og listeelementer til sammen.':
    'JSON-innhaldet har meir enn {} felt og listeelement til saman.',
  'Inneholder tegnet U+0000 (NUL), som ikke kan lagres.':
    'Inneheld teiknet U+0000 (NUL), som ikkje kan lagrast.',
  'Er ikke gyldig Unicode (et enslig surrogat, {}).': 'Er ikkje gyldig Unicode (eit einsleg surrogat, {}).',
  'Inneholder tegnet {}, som ikke er et tegn.': 'Inneheld teiknet {}, som ikkje er eit teikn.',
  'Inneholder kontrolltegnet {}, som ikke er tillatt i tekst.':
    'Inneheld kontrollteiknet {}, som ikkje er tillate i tekst.',
  'Beskriv tiltaket samlet. Ikke skriv navn, fødselsnummer, kontaktopplysninger eller annet som kan identifisere en person.':
    'Beskriv tiltaket samla. Ikkje skriv namn, fødselsnummer, kontaktopplysningar eller anna som kan identifisere ein person.',
  'Søknadsfristen gikk ut {} (norsk tid). Søknaden kan ikke sendes inn etter fristen.':
    'Søknadsfristen gjekk ut {} (norsk tid). Søknaden kan ikkje sendast inn etter fristen.',
  'Vilkårene ble ikke akseptert innen fristen.': 'Vilkåra vart ikkje aksepterte innan fristen.',
  'Bare den som kan signere for organisasjonen, kan svare på vilkårene.':
    'Berre den som kan signere for organisasjonen, kan svare på vilkåra.',
  'Taster som står på rad på tastaturet, er lette å gjette.':
    'Tastar som står på rad på tastaturet, er lette å gjette.',
  'Korte mønstre på tastaturet er lette å gjette.': 'Korte mønster på tastaturet er lette å gjette.',
  'Gjentatte tegn som «aaa» er lette å gjette.': 'Gjentekne teikn som «aaa» er lette å gjette.',
  'Gjentatte mønstre som «abcabcabc» er lette å gjette.':
    'Gjentekne mønster som «abcabcabc» er lette å gjette.',
  'Rekkefølger som «abc» eller «6543» er lette å gjette.':
    'Rekkjefølgjer som «abc» eller «6543» er lette å gjette.',
  'Årstall fra de siste årene er lette å gjette.': 'Årstal frå dei siste åra er lette å gjette.',
  'Datoer er lette å gjette.': 'Datoar er lette å gjette.',
  'Dette er et av de ti mest brukte passordene.': 'Dette er eitt av dei ti mest brukte passorda.',
  'Dette er et av de hundre mest brukte passordene.': 'Dette er eitt av dei hundre mest brukte passorda.',
  'Dette er et mye brukt passord.': 'Dette er eit mykje brukt passord.',
  'Dette ligner på et mye brukt passord.': 'Dette liknar på eit mykje brukt passord.',
  'Ett ord alene er lett å gjette.': 'Eitt ord åleine er lett å gjette.',
  'Navn alene er lette å gjette.': 'Namn åleine er lette å gjette.',
  'Vanlige navn og etternavn er lette å gjette.': 'Vanlege namn og etternamn er lette å gjette.',
  'Passordet må ikke bygge på e-postadressen eller navnet ditt.':
    'Passordet må ikkje byggje på e-postadressa eller namnet ditt.',
  'Å bytte bokstaver med tall eller tegn, som «@» for «a», gjør det ikke vanskeligere å gjette.':
    'Å byte bokstavar med tal eller teikn, som «@» for «a», gjer det ikkje vanskelegare å gjette.',
  'Ord skrevet baklengs er ikke vanskeligere å gjette.':
    'Ord skrivne baklengs er ikkje vanskelegare å gjette.',
  'Store bokstaver i noen av tegnene, ikke alle, hjelper litt.':
    'Store bokstavar i nokre av teikna, ikkje alle, hjelper litt.',
  'Unngå datoer og årstall som har med deg å gjøre.': 'Unngå datoar og årstal som har med deg å gjere.',
  'Unngå årstall fra de siste årene.': 'Unngå årstal frå dei siste åra.',
  'Unngå årstall som har med deg å gjøre.': 'Unngå årstal som har med deg å gjere.',
  'Unngå vanlige tegnrekker.': 'Unngå vanlege teiknrekkjer.',
  'Unngå gjentatte ord og tegn.': 'Unngå gjentekne ord og teikn.',
  'Bruk lengre tastaturmønstre med flere retningsskift.':
    'Bruk lengre tastaturmønster med fleire retningsskifte.',
  'Legg til flere ord som er mindre vanlige.': 'Legg til fleire ord som er mindre vanlege.',
  'Bruk flere ord, men unngå vanlige uttrykk.': 'Bruk fleire ord, men unngå vanlege uttrykk.',
  'Du trenger ikke tall, symboler eller store bokstaver; flere ord gjør mest.':
    'Du treng ikkje tal, symbol eller store bokstavar; fleire ord gjer mest.',
  'Har du brukt dette passordet andre steder, bør du bytte det der også.':
    'Har du brukt dette passordet andre stader, bør du byte det der også.',
  'Passordet må ha minst {} tegn.': 'Passordet må ha minst {} teikn.',
  'Passordet er for lett å gjette.': 'Passordet er for lett å gjette.',
  'PDF-filen inneholder en handling som starter et program (/Launch), og ble ikke lagret. Lagre dokumentet på nytt som vanlig PDF (for eksempel med «Skriv ut til PDF») og last det opp igjen.':
    'PDF-fila inneheld ei handling som startar eit program (/Launch), og vart ikkje lagra. Lagre dokumentet på nytt som vanleg PDF (til dømes med «Skriv ut til PDF») og last det opp igjen.',
  'PDF-filen har et innebygd program ({}) og ble ikke lagret. Fjern vedlegget fra PDF-en, eller lagre dokumentet på nytt som vanlig PDF, og last det opp igjen.':
    'PDF-fila har eit innebygd program ({}) og vart ikkje lagra. Fjern vedlegget frå PDF-en, eller lagre dokumentet på nytt som vanleg PDF, og last det opp igjen.',
  'PDF-filen har innhold som ikke kan kontrolleres (kryptert eller ukjent koding), og ble ikke lagret. Lagre den på nytt uten passord eller beskyttelse (for eksempel med «Skriv ut til PDF») og last den opp igjen.':
    'PDF-fila har innhald som ikkje kan kontrollerast (kryptert eller ukjend koding), og vart ikkje lagra. Lagre ho på nytt utan passord eller vern (til dømes med «Skriv ut til PDF») og last ho opp igjen.',
  'Bare den som kan signere for organisasjonen, kan legge til medlemmer.':
    'Berre den som kan signere for organisasjonen, kan leggje til medlemmer.',
  'Bare den som kan signere for organisasjonen, kan gi eller ta signaturrett.':
    'Berre den som kan signere for organisasjonen, kan gi eller ta signaturrett.',
  'Bare den som kan signere for organisasjonen, kan fjerne andre medlemmer.':
    'Berre den som kan signere for organisasjonen, kan fjerne andre medlemmer.',
  'Bare en utbetalingsliste som ikke er betalt, kan kanselleres.':
    'Berre ei utbetalingsliste som ikkje er betalt, kan kansellerast.',
  'Bare en utbetalingsliste som er sendt til banken, kan markeres som betalt.':
    'Berre ei utbetalingsliste som er send til banken, kan merkast som betalt.',
  'Det nye vedtaket setter tilskuddet lavere enn det som allerede er utbetalt. Forskjellen skal betales tilbake, slik vilkårene i tilskuddsbrevet sier.':
    'Det nye vedtaket set tilskotet lågare enn det som allereie er utbetalt. Skilnaden skal betalast tilbake, slik vilkåra i tilskotsbrevet seier.',
  'Beskriv måloppnåelsen.': 'Beskriv måloppnåinga.',
  'Beskriv aktivitetene som er gjennomført.': 'Beskriv aktivitetane som er gjennomførte.',
  'Beskriv avvik fra planen og hvorfor (skriv «Ingen avvik» om det ikke var noen).':
    'Beskriv avvik frå planen og kvifor (skriv «Ingen avvik» om det ikkje var nokon).',
  'Oppgi hvem som signerer rapporten for organisasjonen.':
    'Oppgi kven som signerer rapporten for organisasjonen.',
  'Rammen kan ikke settes til {}: det er allerede innvilget {} i utlysningen. Rammen må være minst det innvilgede beløpet.':
    'Ramma kan ikkje setjast til {}: det er allereie innvilga {} i utlysinga. Ramma må vere minst det innvilga beløpet.',
  'Beløpet kan ikke være større enn {}.': 'Beløpet kan ikkje vere større enn {}.',
  'Har ugyldig verdi.': 'Har ugyldig verdi.',
  // Field labels (apps/api/src/common/field-labels.ts).
  Aksept: 'Aksept',
  'Frist for aksept (dager)': 'Frist for aksept (dagar)',
  Aktiv: 'Aktiv',
  Aktiviteter: 'Aktivitetar',
  Bruker: 'Brukar',
  'Faktisk beløp': 'Faktisk beløp',
  'Faktisk forbruk': 'Faktisk forbruk',
  Tilleggsbeløp: 'Tilleggsbeløp',
  Beløp: 'Beløp',
  Søknadsfrist: 'Søknadsfrist',
  Godkjenning: 'Godkjenning',
  Vurderingskriterier: 'Vurderingskriterium',
  'Grense for revisorerklæring': 'Grense for revisorfråsegn',
  Kontonummer: 'Kontonummer',
  Konkurs: 'Konkurs',
  Budsjettkapittel: 'Budsjettkapittel',
  Ramme: 'Ramme',
  Budsjett: 'Budsjett',
  Budsjettpost: 'Budsjettpost',
  Budsjettforbehold: 'Budsjettatterhald',
  Kategori: 'Kategori',
  Krav: 'Krav',
  Kode: 'Kode',
  Kommentar: 'Kommentar',
  Vilkår: 'Vilkår',
  'Behandling av klagen': 'Behandling av klaga',
  Innhold: 'Innhald',
  Fylke: 'Fylke',
  Kriterium: 'Kriterium',
  'Nåværende passord': 'Noverande passord',
  Vedtaksdato: 'Vedtaksdato',
  Beskrivelse: 'Skildring',
  Avvik: 'Avvik',
  Forfall: 'Forfall',
  Betalingsfrist: 'Betalingsfrist',
  'Forfall til og med': 'Forfall til og med',
  'Organisasjonsformer som kan få tilskudd': 'Organisasjonsformer som kan få tilskot',
  'E-postadresse': 'E-postadresse',
  Betalingsdato: 'Betalingsdato',
  'Unntatt offentlighet': 'Unnateke offentlegheit',
  'Hjemmel for unntak': 'Heimel for unntak',
  Faktum: 'Faktum',
  Måloppnåelse: 'Måloppnåing',
  'Typer tilskudd': 'Typar tilskot',
  Begrunnelse: 'Grunngiving',
  Inhabil: 'Inhabil',
  Indikatorer: 'Indikatorar',
  Type: 'Type',
  'Hjemmel (paragrafer)': 'Heimel (paragrafar)',
  Hjemmel: 'Heimel',
  'Antall per side': 'Tal per side',
  Hovedhensyn: 'Hovudomsyn',
  'Høyst antall tegn': 'Høgst tal på teikn',
  'Høyst antall ord': 'Høgst tal på ord',
  Innsatsområder: 'Innsatsområde',
  Kommune: 'Kommune',
  'Begrunnelse for tilskudd til kommune': 'Grunngiving for tilskot til kommune',
  Kommunenummer: 'Kommunenummer',
  Navn: 'Namn',
  'Navn på nynorsk': 'Namn på nynorsk',
  'Nytt passord': 'Nytt passord',
  Startposisjon: 'Startposisjon',
  Åpner: 'Opnar',
  Organisasjon: 'Organisasjon',
  Organisasjonsnummer: 'Organisasjonsnummer',
  'Annen finansiering': 'Anna finansiering',
  'Andre inntekter': 'Andre inntekter',
  Utfall: 'Utfall',
  'Betalt dato': 'Betalt dato',
  Samarbeidspartnere: 'Samarbeidspartnarar',
  Passord: 'Passord',
  Utbetalingsplan: 'Utbetalingsplan',
  'Andel (prosent)': 'Del (prosent)',
  Telefon: 'Telefon',
  Postnummer: 'Postnummer',
  Poststed: 'Poststad',
  Målform: 'Målform',
  Formål: 'Føremål',
  Søk: 'Søk',
  'Mottatt dato': 'Motteken dato',
  'Anbefalt beløp': 'Tilrådd beløp',
  'Anbefalt utfall': 'Tilrådd utfall',
  Referanse: 'Referanse',
  'Registrert i Frivillighetsregisteret': 'Registrert i Frivilligregisteret',
  Rapporteringsfrist: 'Rapporteringsfrist',
  Rapporteringsindikatorer: 'Rapporteringsindikatorar',
  'Påkrevde vedlegg': 'Påkravde vedlegg',
  'Krever registrering i Frivillighetsregisteret': 'Krev registrering i Frivilligregisteret',
  Rolle: 'Rolle',
  Roller: 'Roller',
  Utlysning: 'Utlysing',
  Regler: 'Reglar',
  Tilskuddsordning: 'Tilskotsordning',
  Karakter: 'Karakter',
  'Høyeste karakter': 'Høgaste karakter',
  'Laveste karakter': 'Lågaste karakter',
  Karakterer: 'Karakterar',
  'Begrunnelse for kort frist': 'Grunngiving for kort frist',
  Sortering: 'Sortering',
  Kilde: 'Kjelde',
  Uttalelse: 'Fråsegn',
  Status: 'Status',
  Adresse: 'Adresse',
  Sak: 'Sak',
  Sakstype: 'Sakstype',
  Tekstgrenser: 'Tekstgrenser',
  'tilskudd.no-ID': 'tilskudd.no-ID',
  Lenkekode: 'Lenkjekode',
  'Under avvikling': 'Under avvikling',
  Versjon: 'Versjon',
  Vekt: 'Vekt',
  År: 'År',
  Fil: 'Fil',
  Elementer: 'Element',
  'nr. {}': 'nr. {}',
};
