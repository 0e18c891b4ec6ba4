/** Nynorsk forms (see nynorsk.ts): Domain rule messages (libs/grants), first half. */
export const MESSAGES_DOMAIN_NN: Record<string, string> = {
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
  kanselleres: 'kansellerast',
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
  // The applicant's declaration at submission (libs/grants/src/applications/declaration.ts), as the web says it.
  'Jeg bekrefter at opplysningene i søknaden er riktige, og at jeg har lov til å søke på vegne av organisasjonen.':
    'Eg stadfestar at opplysningane i søknaden er rette, og at eg har lov til å søkje på vegner av organisasjonen.',
  'Du må bekrefte at opplysningene er riktige.': 'Du må stadfeste at opplysningane er rette.',
};
