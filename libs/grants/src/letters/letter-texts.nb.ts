import { SFK_EMAIL, SFK_NAME, SFK_POSTAL_ADDRESS, type LetterTexts } from './letter-text-model';

/** The letters' texts in bokmål. */
export const nb: LetterTexts = {
  locale: 'nb-NO',
  agency: SFK_NAME,
  titles: {
    receipt: 'Kvittering for mottatt søknad',
    interim_reply: 'Foreløpig svar på søknad',
    grant: 'Vedtak om tilskudd',
    partial_grant: 'Vedtak om tilskudd – delvis innvilget',
    rejection: 'Avslag på søknad om tilskudd',
    dismissal: 'Vedtak om avvisning av søknad',
    report_approval: 'Godkjenning av rapport om bruk av tilskudd',
    repayment_claim: 'Vedtak om tilbakebetaling av tilskudd',
    appeal_forwarded: 'Klagen er sendt til klageinstansen',
    appeal_not_considered: 'Vedtak om avvisning av klage',
    change_approved: 'Godkjent endring av tilskudd',
    change_rejected: 'Avslag på søknad om endring av tilskudd',
    claim_revised: 'Vedtak etter klage på krav om tilbakebetaling av tilskudd',
    budget_reservation_lifted: 'Melding om at budsjettforbeholdet er opphevet',
  },
  labels: {
    date: 'Dato',
    ourReference: 'Vår referanse',
    caseworker: 'Saksbehandler',
    organisationNumber: 'Org.nr.',
    email: 'E-post',
    decisionMaker: 'Vedtaket er fattet av',
    page: (current, count) => `Side ${current} av ${count}`,
  },
  headings: {
    decision: 'Vedtak',
    periodAndPurpose: 'Tilskuddsperiode og formål',
    reasons: 'Begrunnelse',
    rulesApplied: 'Regelverk',
    factsReliedOn: 'Faktiske forhold',
    mainConsiderations: 'Hovedhensyn i vurderingen',
    conditions: 'Vilkår',
    acceptance: 'Aksept av vilkårene',
    payment: 'Utbetaling',
    reporting: 'Rapportering',
    repayment: 'Tilbakebetaling',
    control: 'Kontroll med bruken av tilskuddet',
    appeal: 'Rett til å klage',
    access: 'Rett til innsyn',
    furtherProcessing: 'Videre behandling',
    whyItTakesTime: 'Hvorfor saken tar tid',
    whenToExpectAnswer: 'Når dere kan vente svar',
    reportApproved: 'Rapporten er godkjent',
    claimPayment: 'Betaling',
    appealAssessment: 'Vår vurdering av klagen',
    comments: 'Merknader',
    change: 'Endringen',
    reservationLifted: 'Forbeholdet er opphevet',
    declaration: 'Erklæring',
  },
  intro: ({ submitted, title, scheme, year }) =>
    `Vi viser til søknaden deres av ${submitted} om tilskudd til «${title}». ` +
    `Søknaden gjelder ordningen «${scheme}», tilskuddsåret ${year}.`,
  outcome: {
    grant: ({ amount }) => `${SFK_NAME} innvilger søknaden og gir dere et tilskudd på ${amount}.`,
    partial_grant: ({ amount, requested }) =>
      `${SFK_NAME} innvilger søknaden delvis. Dere søkte om ${requested} og får et tilskudd på ${amount}.`,
    rejection: ({ requested, year }) =>
      `${SFK_NAME} avslår søknaden deres om tilskudd på ${requested}. Dere får ikke tilskudd for ${year} på grunnlag av denne søknaden.`,
    dismissal: () =>
      `${SFK_NAME} avviser søknaden deres. Det betyr at søknaden ikke er vurdert på sakens innhold, ` +
      `og at dere ikke får tilskudd på grunnlag av denne søknaden.`,
  },
  budgetReservation: (year) =>
    `Tilskuddet gis med forbehold om Stortingets vedtak om statsbudsjettet for ${year}. ` +
    `Dersom Stortinget bevilger mindre enn forutsatt, kan tilskuddet bli redusert eller falle bort.`,
  grantPeriod: (start, end) => `Tilskuddet gjelder perioden fra og med ${start} til og med ${end}.`,
  purpose: (purpose) => `Tilskuddet skal brukes til dette formålet: ${purpose}`,
  otherUseNotAllowed:
    'Tilskuddet kan bare brukes til formålet som er beskrevet her, i samsvar med søknaden og vilkårene i dette brevet. ' +
    'Det er ikke tillatt å bruke tilskuddet til noe annet.',
  legalBasis: (title, sections) => `Vedtaket er gjort etter ${title} ${sections}.`,
  grantSummary:
    'Søknaden er innvilget fordi tiltaket oppfyller vilkårene for tilskudd og bidrar til formålet med ordningen.',
  shortReasonsNote: 'Fordi søknaden er innvilget i sin helhet, er begrunnelsen kort.',
  reasonsOnRequest:
    'Dere kan be om en nærmere begrunnelse for vedtaket innen klagefristen, jf. forvaltningsloven § 24.',
  conditionsIntro: 'Tilskuddet gis på disse vilkårene:',
  acceptance: (deadline) =>
    `Dere må akseptere vilkårene innen ${deadline}. Aksepten gis elektronisk i tilskuddsløsningen av en person ` +
    `som kan signere på vegne av organisasjonen. Tilskuddet blir ikke utbetalt før vilkårene er akseptert. ` +
    `Dersom vi ikke har mottatt aksepten innen fristen, kan tilsagnet falle bort.`,
  paymentAccount: 'Tilskuddet utbetales til kontonummeret som er registrert for organisasjonen hos oss.',
  reportDeadline: (deadline) => `Dere skal sende en rapport om bruken av tilskuddet innen ${deadline}.`,
  reportContent:
    'Rapporten skal beskrive hva som er gjort og oppnådd med tilskuddet sammenlignet med formålet og målene i søknaden, ' +
    'gi tallene for aktiviteten som rapportskjemaet ber om, og ha et regnskap som viser budsjett og faktisk bruk ' +
    'for hver budsjettpost og eventuelle ubrukte midler.',
  reportNoPersonalData:
    'Rapporten skal ikke inneholde navn eller andre opplysninger som kan identifisere personer som har fått hjelp gjennom tiltaket.',
  auditor: ({ threshold, atOrAboveThreshold, required }) => {
    if (required && atOrAboveThreshold)
      return `Fordi tilskuddet er på ${threshold} eller mer, skal regnskapet ha en revisorerklæring (ISRS 4400).`;
    if (required) return 'Regnskapet skal ha en revisorerklæring (ISRS 4400).';
    if (!atOrAboveThreshold) return `Det er ikke krav om revisorerklæring for tilskudd under ${threshold}.`;
    return null;
  },
  repayment:
    `Midler som ikke er brukt innen tilskuddsperioden, eller som er brukt i strid med formålet eller vilkårene, ` +
    `skal betales tilbake til ${SFK_NAME}. Det samme gjelder dersom tilskuddet er gitt på grunnlag av uriktige ` +
    `opplysninger. Sekretariatet kan også holde tilbake senere utbetalinger.`,
  control:
    `${SFK_NAME} og Riksrevisjonen kan kontrollere at tilskuddet blir brukt etter forutsetningene, ` +
    `jf. bevilgningsreglementet § 10 og riksrevisjonsloven § 12. Dere må gi oss tilgang til regnskap og annen ` +
    `dokumentasjon som trengs for kontrollen.`,
  appealRight: (deadline) =>
    `Dere kan klage på vedtaket. Klagefristen er tre uker fra dere mottok dette brevet, ` +
    `jf. forvaltningsloven §§ 28 og 29. Klagen må være sendt innen ${deadline}.`,
  appealBody: (body) =>
    `Klageinstans er ${body}. Klagen skal sendes til ${SFK_NAME}, som vurderer saken på nytt. ` +
    `Dersom vi ikke gir dere medhold, sender vi klagen videre til klageinstansen.`,
  appealProcedure: (caseReference) =>
    `Send klagen på e-post til ${SFK_EMAIL} eller i posten til ${SFK_NAME}, ${SFK_POSTAL_ADDRESS}, ` +
    `og oppgi saksnummeret ${caseReference}. Klagen må være undertegnet og nevne vedtaket dere klager på, ` +
    `den endringen dere ønsker, og de grunnene dere har for klagen, jf. forvaltningsloven § 32.`,
  accessToDocuments:
    'Dere har rett til å se dokumentene i saken, med de unntakene som følger av forvaltningsloven §§ 18 og 19.',
  contact: (caseReference) =>
    `Har dere spørsmål om saken, kan dere kontakte oss på ${SFK_EMAIL}. Oppgi saksnummeret ${caseReference}.`,
  report: {
    intro: ({ submitted, title, scheme, year }) =>
      `Vi viser til rapporten deres av ${submitted} om bruken av tilskuddet til «${title}» ` +
      `fra ordningen «${scheme}», tilskuddsåret ${year}.`,
    grant: 'Tilskudd',
    spent: 'Brukt ifølge regnskapet',
    unspent: 'Ikke brukt',
    approved: `${SFK_NAME} har gått gjennom rapporten og regnskapet og godkjenner rapporten.`,
    reviewComment: 'Merknad fra saksbehandler:',
    closed: 'Rapporteringen for dette tilskuddet er dermed avsluttet.',
    keepDocumentation:
      'Ta vare på regnskapet og bilagene for tiltaket. ' +
      `${SFK_NAME} og Riksrevisjonen kan fortsatt kontrollere at tilskuddet er brukt etter forutsetningene, ` +
      'jf. bevilgningsreglementet § 10 og riksrevisjonsloven § 12.',
  },
  appeal: {
    intro: ({ lodged, decided, title }) =>
      `Vi viser til klagen deres av ${lodged} på vedtaket av ${decided} om tilskudd til «${title}».`,
    afterAppeal: (decided) =>
      `Dette vedtaket er gjort etter klage og erstatter vedtaket av ${decided}, jf. forvaltningsloven § 33.`,
    upheldAndForwarded: (body) =>
      `${SFK_NAME} har vurdert saken på nytt, men finner ikke grunn til å endre vedtaket. ` +
      `Klagen er derfor sendt til ${body}, som avgjør den, jf. forvaltningsloven § 33.`,
    statementIntro: 'Dette er vurderingen vi har sendt til klageinstansen:',
    comments:
      'Dere kan komme med merknader til vurderingen vår. Send dem til oss innen tre uker, så sender vi dem videre.',
    answerFromBody: (body) => `Dere får svar direkte fra ${body}.`,
    notConsidered:
      `${SFK_NAME} avviser klagen deres fordi den kom inn etter klagefristen. ` +
      'Klagen blir derfor ikke behandlet, og vedtaket dere klaget på, står ved lag.',
    notConsideredRules:
      'Klagefristen er tre uker fra vedtaket kom fram, jf. forvaltningsloven § 29. En klage som kommer inn for sent, ' +
      'skal avvises, med mindre den likevel tas under behandling etter forvaltningsloven § 31.',
    notConsideredFacts: ({ notified, deadline, lodged }) =>
      (notified ? `Vedtaket kom fram til dere ${notified}. ` : '') +
      `Klagefristen gikk ut ${deadline}. Klagen kom inn ${lodged}.`,
  },
  change: {
    intro: ({ requested, title }) =>
      `Vi viser til søknaden deres av ${requested} om å endre tilskuddet til «${title}».`,
    approved: `${SFK_NAME} godkjenner endringen.`,
    rejected: `${SFK_NAME} avslår søknaden om endring. Tilskuddet gjelder som før, på de vilkårene dere har akseptert.`,
    periodEnd: (end) => `Tilskuddsperioden forlenges til og med ${end}.`,
    budget: 'Budsjettet for tiltaket er etter endringen:',
    content: 'Tiltaket endres slik:',
    comment: 'Merknad fra saksbehandler:',
    reportAgainstPlan:
      'Rapporten om bruken av tilskuddet skal vise resultater og regnskap mot planen slik den er endret.',
    otherConditionsStand: 'Vilkårene for tilskuddet gjelder ellers som før.',
  },
  reservationLifted: {
    intro: ({ decided, title, scheme, year }) =>
      `Vi viser til vedtaket vårt av ${decided} om tilskudd til «${title}» fra ordningen «${scheme}», ` +
      `tilskuddsåret ${year}.`,
    lifted: ({ year, amount }) =>
      `Vedtaket ble gjort med forbehold om Stortingets vedtak om statsbudsjettet for ${year}. Stortinget har nå ` +
      `vedtatt budsjettet, og forbeholdet er opphevet. Tilskuddet på ${amount} står ved lag, på de vilkårene som ` +
      'går fram av vedtaket.',
    payment:
      'Tilskuddet blir utbetalt etter utbetalingsplanen i vedtaket når vilkårene er akseptert. ' +
      'Dere trenger ikke gjøre noe mer på grunn av denne meldingen.',
  },
  claim: {
    outcome: (amount) => `${SFK_NAME} krever at dere betaler tilbake ${amount} av tilskuddet.`,
    rules: (granted) =>
      `Kravet bygger på vilkårene i ${granted ? `vedtaket om tilskudd av ${granted}` : 'vedtaket om tilskudd'}, ` +
      'som dere aksepterte: midler som ikke er brukt innen tilskuddsperioden, eller som er brukt i strid med ' +
      `formålet eller vilkårene, skal betales tilbake til ${SFK_NAME}.`,
    facts: ({ grant, submitted, spent, unspent }) =>
      `Dere fikk et tilskudd på ${grant}. Ifølge rapporten dere sendte inn ${submitted}, er ${spent} brukt, ` +
      `og ${unspent} er ikke brukt.`,
    changedDecisionRules:
      'Kravet bygger på at tilskuddet er satt ned ved et nytt vedtak etter klage, jf. forvaltningsloven § 33, og på ' +
      'vilkårene i tilskuddsbrevet: det som er utbetalt ut over tilskuddet, skal betales tilbake.',
    changedDecisionFacts: ({ paid, decided, grant, overpaid }) =>
      `Dere har fått utbetalt ${paid}. Etter det nye vedtaket av ${decided} er tilskuddet ${grant}. ` +
      `Det er dermed utbetalt ${overpaid} for mye.`,
    revisedDropped: (previous) =>
      `${SFK_NAME} har behandlet klagen deres og frafaller kravet om tilbakebetaling av ${previous}.`,
    revisedLowered: ({ previous, amount }) =>
      `${SFK_NAME} har behandlet klagen deres og setter kravet om tilbakebetaling ned fra ${previous} til ${amount}.`,
    revisedRepaid: (repaid) => `Av dette har dere allerede betalt ${repaid}.`,
    dueDate: (dueDate) => `Beløpet må være betalt innen ${dueDate}.`,
    payment: ({ account, caseReference }) =>
      `Betal til kontonummer ${account} (${SFK_NAME}) og merk innbetalingen med saksnummeret ${caseReference}.`,
    lateInterest:
      'Dersom beløpet ikke er betalt innen fristen, kan vi kreve forsinkelsesrente etter forsinkelsesrenteloven.',
    appealNoSuspension:
      'En klage utsetter ikke betalingsfristen av seg selv, men dere kan be om at fristen utsettes til klagen er ' +
      'avgjort, jf. forvaltningsloven § 42.',
  },
  receipt: {
    intro: ({ scheme, year }) =>
      `Vi bekrefter at vi har mottatt søknaden deres om tilskudd fra ordningen «${scheme}» for tilskuddsåret ${year}.`,
    application: 'Søknad',
    applicant: 'Søker',
    received: 'Mottatt',
    caseNumber: 'Saksnummer',
    requestedAmount: 'Søknadsbeløp',
    processing: (year) =>
      `Søknaden blir behandlet sammen med de andre søknadene for tilskuddsåret ${year}. ` +
      `Vi kontrollerer først at søknaden oppfyller de formelle kravene. ` +
      `Deretter vurderer vi den opp mot formålet med ordningen og den samlede budsjettrammen.`,
    writtenDecision: 'Dere får et skriftlig vedtak når behandlingen er ferdig.',
    expectedDecision: (date) => `Vi regner med å fatte vedtak innen ${date}.`,
    moreInformation: 'Dersom vi trenger flere opplysninger, tar vi kontakt med dere.',
    declared: ({ name, declared }) =>
      `Søknaden ble sendt inn med denne erklæringen, avgitt av ${name} ${declared}:`,
  },
  interim: {
    notDecided: (year) =>
      `Vi har ennå ikke avgjort søknaden deres. ${SFK_NAME} behandler alle søknadene for tilskuddsåret ${year} ` +
      `samlet, fordi de skal vurderes opp mot hverandre og opp mot den samlede budsjettrammen for ordningen.`,
    budgetPending: (year) =>
      `Tilskuddene for ${year} avhenger også av Stortingets vedtak om statsbudsjettet.`,
    expectedAnswer: (date) => `Vi regner med å kunne gi dere svar innen ${date}.`,
    noExpectedAnswer:
      'Vi kan ennå ikke si sikkert når søknaden blir avgjort, men vi gir dere svar så snart som mulig.',
    legalBasis:
      'Dere får dette foreløpige svaret fordi søknaden ikke er avgjort innen en måned etter at vi mottok den, ' +
      'jf. forvaltningsloven § 11 a.',
  },
  signature: {
    greeting: 'Med hilsen',
    electronicallyApproved: 'Dokumentet er elektronisk godkjent og har derfor ikke signatur.',
  },
  plain: {
    receipt: (title, scheme) =>
      `Vi har mottatt søknaden deres «${title}» om tilskudd fra ordningen «${scheme}».`,
    interim: (title) =>
      `Vi har ennå ikke avgjort søknaden deres «${title}», og sender dere derfor et foreløpig svar.`,
    decision: {
      grant: (title) => `${SFK_NAME} har gjort vedtak om søknaden deres «${title}»: søknaden er innvilget.`,
      partial_grant: (title) =>
        `${SFK_NAME} har gjort vedtak om søknaden deres «${title}»: søknaden er delvis innvilget.`,
      rejection: (title) => `${SFK_NAME} har gjort vedtak om søknaden deres «${title}»: søknaden er avslått.`,
      dismissal: (title) => `${SFK_NAME} har gjort vedtak om søknaden deres «${title}»: søknaden er avvist.`,
    },
    reportApproval: (title) => `${SFK_NAME} har godkjent rapporten om bruken av tilskuddet til «${title}».`,
    repaymentClaim: (title) =>
      `${SFK_NAME} har gjort vedtak om at dere skal betale tilbake tilskudd dere fikk til «${title}».`,
    appealForwarded: (title) =>
      `${SFK_NAME} har vurdert klagen deres i saken om tilskudd til «${title}» og sendt den til klageinstansen.`,
    appealNotConsidered: (title) =>
      `${SFK_NAME} har avvist klagen deres i saken om tilskudd til «${title}» fordi den kom for sent.`,
    changeApproved: (title) =>
      `${SFK_NAME} har godkjent endringen dere søkte om i tilskuddet til «${title}».`,
    changeRejected: (title) => `${SFK_NAME} har avslått søknaden deres om å endre tilskuddet til «${title}».`,
    claimRevised: (title) =>
      `${SFK_NAME} har behandlet klagen deres på kravet om tilbakebetaling av tilskuddet til «${title}».`,
    reservationLifted: (title) =>
      `Forbeholdet om Stortingets budsjettvedtak for tilskuddet til «${title}» er opphevet.`,
    caseNumber: (caseReference) => `Saksnummeret er ${caseReference}.`,
    attached: (letterTitle) => `Brevet «${letterTitle}» ligger ved som PDF.`,
    decisionGrantNote: 'Les brevet nøye: det inneholder vilkår, frister og informasjon om klageadgang.',
    decisionOtherNote: 'Brevet gir begrunnelsen for vedtaket og forteller hvordan dere kan klage.',
    acceptBy: (deadline) => `Husk å akseptere vilkårene innen ${deadline}.`,
    contact: `Oppgi saksnummeret når dere kontakter oss om saken på ${SFK_EMAIL}.`,
  },
};
