import { SFK_EMAIL, SFK_NAME_NN, SFK_POSTAL_ADDRESS, type LetterTexts } from './letter-text-model';

/** The letters' texts in nynorsk. */
export const nn: LetterTexts = {
  locale: 'nn-NO',
  agency: SFK_NAME_NN,
  titles: {
    receipt: 'Kvittering for motteken søknad',
    interim_reply: 'Førebels svar på søknad',
    grant: 'Vedtak om tilskot',
    partial_grant: 'Vedtak om tilskot – delvis innvilga',
    rejection: 'Avslag på søknad om tilskot',
    dismissal: 'Vedtak om avvising av søknad',
    report_approval: 'Godkjenning av rapport om bruk av tilskot',
    repayment_claim: 'Vedtak om tilbakebetaling av tilskot',
    appeal_forwarded: 'Klaga er send til klageinstansen',
    appeal_not_considered: 'Vedtak om avvising av klage',
    change_approved: 'Godkjend endring av tilskot',
    change_rejected: 'Avslag på søknad om endring av tilskot',
    claim_revised: 'Vedtak etter klage på krav om tilbakebetaling av tilskot',
    budget_reservation_lifted: 'Melding om at budsjettatterhaldet er oppheva',
  },
  labels: {
    date: 'Dato',
    ourReference: 'Vår referanse',
    caseworker: 'Sakshandsamar',
    organisationNumber: 'Org.nr.',
    email: 'E-post',
    decisionMaker: 'Vedtaket er gjort av',
    page: (current, count) => `Side ${current} av ${count}`,
  },
  headings: {
    decision: 'Vedtak',
    periodAndPurpose: 'Tilskotsperiode og formål',
    reasons: 'Grunngiving',
    rulesApplied: 'Regelverk',
    factsReliedOn: 'Faktiske tilhøve',
    mainConsiderations: 'Hovudomsyn i vurderinga',
    conditions: 'Vilkår',
    acceptance: 'Aksept av vilkåra',
    payment: 'Utbetaling',
    reporting: 'Rapportering',
    repayment: 'Tilbakebetaling',
    control: 'Kontroll med bruken av tilskotet',
    appeal: 'Rett til å klage',
    access: 'Rett til innsyn',
    furtherProcessing: 'Vidare handsaming',
    whyItTakesTime: 'Kvifor saka tek tid',
    whenToExpectAnswer: 'Når de kan vente svar',
    reportApproved: 'Rapporten er godkjend',
    claimPayment: 'Betaling',
    appealAssessment: 'Vår vurdering av klaga',
    comments: 'Merknader',
    change: 'Endringa',
    reservationLifted: 'Atterhaldet er oppheva',
    declaration: 'Erklæring',
  },
  intro: ({ submitted, title, scheme, year }) =>
    `Vi viser til søknaden dykkar av ${submitted} om tilskot til «${title}». ` +
    `Søknaden gjeld ordninga «${scheme}», tilskotsåret ${year}.`,
  outcome: {
    grant: ({ amount }) => `${SFK_NAME_NN} innvilgar søknaden og gir dykk eit tilskot på ${amount}.`,
    partial_grant: ({ amount, requested }) =>
      `${SFK_NAME_NN} innvilgar søknaden delvis. De søkte om ${requested} og får eit tilskot på ${amount}.`,
    rejection: ({ requested, year }) =>
      `${SFK_NAME_NN} avslår søknaden dykkar om tilskot på ${requested}. De får ikkje tilskot for ${year} på grunnlag av denne søknaden.`,
    dismissal: () =>
      `${SFK_NAME_NN} avviser søknaden dykkar. Det tyder at søknaden ikkje er vurdert på innhaldet i saka, ` +
      `og at de ikkje får tilskot på grunnlag av denne søknaden.`,
  },
  budgetReservation: (year) =>
    `Tilskotet blir gitt med atterhald om vedtaket i Stortinget om statsbudsjettet for ${year}. ` +
    `Dersom Stortinget løyver mindre enn føresett, kan tilskotet bli redusert eller falle bort.`,
  grantPeriod: (start, end) => `Tilskotet gjeld perioden frå og med ${start} til og med ${end}.`,
  purpose: (purpose) => `Tilskotet skal nyttast til dette formålet: ${purpose}`,
  otherUseNotAllowed:
    'Tilskotet kan berre nyttast til formålet som er skildra her, i samsvar med søknaden og vilkåra i dette brevet. ' +
    'Det er ikkje tillate å bruke tilskotet til noko anna.',
  legalBasis: (title, sections) => `Vedtaket er gjort etter ${title} ${sections}.`,
  grantSummary:
    'Søknaden er innvilga fordi tiltaket oppfyller vilkåra for tilskot og bidreg til formålet med ordninga.',
  shortReasonsNote: 'Fordi søknaden er innvilga i sin heilskap, er grunngivinga kort.',
  reasonsOnRequest:
    'De kan be om ei nærare grunngiving for vedtaket innan klagefristen, jf. forvaltningslova § 24.',
  conditionsIntro: 'Tilskotet blir gitt på desse vilkåra:',
  acceptance: (deadline) =>
    `De må akseptere vilkåra innan ${deadline}. Aksepten blir gitt elektronisk i tilskotsløysinga av ein person ` +
    `som kan skrive under på vegner av organisasjonen. Tilskotet blir ikkje utbetalt før vilkåra er aksepterte. ` +
    `Dersom vi ikkje har fått aksepten innan fristen, kan tilsegnet falle bort.`,
  paymentAccount: 'Tilskotet blir utbetalt til kontonummeret som er registrert for organisasjonen hos oss.',
  reportDeadline: (deadline) => `De skal sende ein rapport om bruken av tilskotet innan ${deadline}.`,
  reportContent:
    'Rapporten skal skildre kva som er gjort og oppnådd med tilskotet samanlikna med formålet og måla i søknaden, ' +
    'gi tala for aktiviteten som rapportskjemaet ber om, og ha ein rekneskap som viser budsjett og faktisk bruk ' +
    'for kvar budsjettpost og eventuelle ubrukte midlar.',
  reportNoPersonalData:
    'Rapporten skal ikkje innehalde namn eller andre opplysningar som kan identifisere personar som har fått hjelp gjennom tiltaket.',
  auditor: ({ threshold, atOrAboveThreshold, required }) => {
    if (required && atOrAboveThreshold)
      return `Fordi tilskotet er på ${threshold} eller meir, skal rekneskapen ha ei revisorfråsegn (ISRS 4400).`;
    if (required) return 'Rekneskapen skal ha ei revisorfråsegn (ISRS 4400).';
    if (!atOrAboveThreshold) return `Det er ikkje krav om revisorfråsegn for tilskot under ${threshold}.`;
    return null;
  },
  repayment:
    `Midlar som ikkje er brukte innan tilskotsperioden, eller som er brukte i strid med formålet eller vilkåra, ` +
    `skal betalast tilbake til ${SFK_NAME_NN}. Det same gjeld dersom tilskotet er gitt på grunnlag av urette ` +
    `opplysningar. Sekretariatet kan òg halde tilbake seinare utbetalingar.`,
  control:
    `${SFK_NAME_NN} og Riksrevisjonen kan kontrollere at tilskotet blir brukt etter føresetnadene, ` +
    `jf. løyvingsreglementet § 10 og riksrevisjonslova § 12. De må gi oss tilgang til rekneskap og anna ` +
    `dokumentasjon som trengst for kontrollen.`,
  appealRight: (deadline) =>
    `De kan klage på vedtaket. Klagefristen er tre veker frå de fekk dette brevet, ` +
    `jf. forvaltningslova §§ 28 og 29. Klaga må vere sendt innan ${deadline}.`,
  appealBody: (body) =>
    `Klageinstans er ${body}. Klaga skal sendast til ${SFK_NAME_NN}, som vurderer saka på nytt. ` +
    `Dersom vi ikkje gir dykk medhald, sender vi klaga vidare til klageinstansen.`,
  appealProcedure: (caseReference) =>
    `Send klaga på e-post til ${SFK_EMAIL} eller i posten til ${SFK_NAME_NN}, ${SFK_POSTAL_ADDRESS}, ` +
    `og oppgi saksnummeret ${caseReference}. Klaga må vere underteikna og nemne vedtaket de klagar på, ` +
    `den endringa de ønskjer, og grunnane de har for klaga, jf. forvaltningslova § 32.`,
  accessToDocuments:
    'De har rett til å sjå dokumenta i saka, med dei unntaka som følgjer av forvaltningslova §§ 18 og 19.',
  contact: (caseReference) =>
    `Har de spørsmål om saka, kan de kontakte oss på ${SFK_EMAIL}. Oppgi saksnummeret ${caseReference}.`,
  report: {
    intro: ({ submitted, title, scheme, year }) =>
      `Vi viser til rapporten dykkar av ${submitted} om bruken av tilskotet til «${title}» ` +
      `frå ordninga «${scheme}», tilskotsåret ${year}.`,
    grant: 'Tilskot',
    spent: 'Brukt ifølgje rekneskapen',
    unspent: 'Ikkje brukt',
    approved: `${SFK_NAME_NN} har gått gjennom rapporten og rekneskapen og godkjenner rapporten.`,
    reviewComment: 'Merknad frå sakshandsamar:',
    closed: 'Rapporteringa for dette tilskotet er dermed avslutta.',
    keepDocumentation:
      'Ta vare på rekneskapen og bilaga for tiltaket. ' +
      `${SFK_NAME_NN} og Riksrevisjonen kan framleis kontrollere at tilskotet er brukt etter føresetnadene, ` +
      'jf. løyvingsreglementet § 10 og riksrevisjonslova § 12.',
  },
  appeal: {
    intro: ({ lodged, decided, title }) =>
      `Vi viser til klaga dykkar av ${lodged} på vedtaket av ${decided} om tilskot til «${title}».`,
    afterAppeal: (decided) =>
      `Dette vedtaket er gjort etter klage og erstattar vedtaket av ${decided}, jf. forvaltningslova § 33.`,
    upheldAndForwarded: (body) =>
      `${SFK_NAME_NN} har vurdert saka på nytt, men finn ikkje grunn til å endre vedtaket. ` +
      `Klaga er difor send til ${body}, som avgjer ho, jf. forvaltningslova § 33.`,
    statementIntro: 'Dette er vurderinga vi har sendt til klageinstansen:',
    comments:
      'De kan kome med merknader til vurderinga vår. Send dei til oss innan tre veker, så sender vi dei vidare.',
    answerFromBody: (body) => `De får svar direkte frå ${body}.`,
    notConsidered:
      `${SFK_NAME_NN} avviser klaga dykkar fordi ho kom inn etter klagefristen. ` +
      'Klaga blir difor ikkje handsama, og vedtaket de klaga på, står ved lag.',
    notConsideredRules:
      'Klagefristen er tre veker frå vedtaket kom fram, jf. forvaltningslova § 29. Ei klage som kjem inn for seint, ' +
      'skal avvisast, med mindre ho likevel blir teken under handsaming etter forvaltningslova § 31.',
    notConsideredFacts: ({ notified, deadline, lodged }) =>
      (notified ? `Vedtaket kom fram til dykk ${notified}. ` : '') +
      `Klagefristen gjekk ut ${deadline}. Klaga kom inn ${lodged}.`,
  },
  change: {
    intro: ({ requested, title }) =>
      `Vi viser til søknaden dykkar av ${requested} om å endre tilskotet til «${title}».`,
    approved: `${SFK_NAME_NN} godkjenner endringa.`,
    rejected: `${SFK_NAME_NN} avslår søknaden om endring. Tilskotet gjeld som før, på dei vilkåra de har akseptert.`,
    periodEnd: (end) => `Tilskotsperioden blir forlengd til og med ${end}.`,
    budget: 'Budsjettet for tiltaket er etter endringa:',
    content: 'Tiltaket blir endra slik:',
    comment: 'Merknad frå sakshandsamar:',
    reportAgainstPlan:
      'Rapporten om bruken av tilskotet skal vise resultat og rekneskap mot planen slik han er endra.',
    otherConditionsStand: 'Vilkåra for tilskotet gjeld elles som før.',
  },
  reservationLifted: {
    intro: ({ decided, title, scheme, year }) =>
      `Vi viser til vedtaket vårt av ${decided} om tilskot til «${title}» frå ordninga «${scheme}», ` +
      `tilskotsåret ${year}.`,
    lifted: ({ year, amount }) =>
      `Vedtaket vart gjort med atterhald om vedtaket i Stortinget om statsbudsjettet for ${year}. Stortinget har ` +
      `no vedteke budsjettet, og atterhaldet er oppheva. Tilskotet på ${amount} står ved lag, på dei vilkåra som ` +
      'går fram av vedtaket.',
    payment:
      'Tilskotet blir utbetalt etter utbetalingsplanen i vedtaket når vilkåra er aksepterte. ' +
      'De treng ikkje gjere noko meir på grunn av denne meldinga.',
  },
  claim: {
    outcome: (amount) => `${SFK_NAME_NN} krev at de betaler tilbake ${amount} av tilskotet.`,
    rules: (granted) =>
      `Kravet byggjer på vilkåra i ${granted ? `vedtaket om tilskot av ${granted}` : 'vedtaket om tilskot'}, ` +
      'som de aksepterte: midlar som ikkje er brukte innan tilskotsperioden, eller som er brukte i strid med ' +
      `formålet eller vilkåra, skal betalast tilbake til ${SFK_NAME_NN}.`,
    facts: ({ grant, submitted, spent, unspent }) =>
      `De fekk eit tilskot på ${grant}. Ifølgje rapporten de sende inn ${submitted}, er ${spent} brukt, ` +
      `og ${unspent} er ikkje brukt.`,
    changedDecisionRules:
      'Kravet byggjer på at tilskotet er sett ned ved eit nytt vedtak etter klage, jf. forvaltningslova § 33, og på ' +
      'vilkåra i tilskotsbrevet: det som er utbetalt ut over tilskotet, skal betalast tilbake.',
    changedDecisionFacts: ({ paid, decided, grant, overpaid }) =>
      `De har fått utbetalt ${paid}. Etter det nye vedtaket av ${decided} er tilskotet ${grant}. ` +
      `Det er dermed utbetalt ${overpaid} for mykje.`,
    revisedDropped: (previous) =>
      `${SFK_NAME_NN} har handsama klaga dykkar og fråfell kravet om tilbakebetaling av ${previous}.`,
    revisedLowered: ({ previous, amount }) =>
      `${SFK_NAME_NN} har handsama klaga dykkar og set kravet om tilbakebetaling ned frå ${previous} til ${amount}.`,
    revisedRepaid: (repaid) => `Av dette har de allereie betalt ${repaid}.`,
    dueDate: (dueDate) => `Beløpet må vere betalt innan ${dueDate}.`,
    payment: ({ account, caseReference }) =>
      `Betal til kontonummer ${account} (${SFK_NAME_NN}) og merk innbetalinga med saksnummeret ${caseReference}.`,
    lateInterest:
      'Dersom beløpet ikkje er betalt innan fristen, kan vi krevje forseinkingsrente etter forseinkingsrentelova.',
    appealNoSuspension:
      'Ei klage utset ikkje betalingsfristen av seg sjølv, men de kan be om at fristen blir utsett til klaga er ' +
      'avgjord, jf. forvaltningslova § 42.',
  },
  receipt: {
    intro: ({ scheme, year }) =>
      `Vi stadfestar at vi har motteke søknaden dykkar om tilskot frå ordninga «${scheme}» for tilskotsåret ${year}.`,
    application: 'Søknad',
    applicant: 'Søkjar',
    received: 'Motteken',
    caseNumber: 'Saksnummer',
    requestedAmount: 'Søkt beløp',
    processing: (year) =>
      `Søknaden blir handsama saman med dei andre søknadene for tilskotsåret ${year}. ` +
      `Vi kontrollerer først at søknaden oppfyller dei formelle krava. ` +
      `Deretter blir søknaden vurdert opp mot formålet med ordninga og den samla budsjettramma.`,
    writtenDecision: 'De får eit skriftleg vedtak når handsaminga er ferdig.',
    expectedDecision: (date) => `Vi reknar med å gjere vedtak innan ${date}.`,
    moreInformation: 'Dersom vi treng fleire opplysningar, tek vi kontakt med dykk.',
    declared: ({ name, declared }) =>
      `Søknaden vart send inn med denne erklæringa, gjeven av ${name} ${declared}:`,
  },
  interim: {
    notDecided: (year) =>
      `Vi har enno ikkje avgjort søknaden dykkar. ${SFK_NAME_NN} handsamar alle søknadene for tilskotsåret ${year} ` +
      `samla, fordi dei skal vurderast opp mot kvarandre og opp mot den samla budsjettramma for ordninga.`,
    budgetPending: (year) =>
      `Tilskota for ${year} er òg avhengige av vedtaket i Stortinget om statsbudsjettet.`,
    expectedAnswer: (date) => `Vi reknar med å kunne gi dykk svar innan ${date}.`,
    noExpectedAnswer:
      'Vi kan enno ikkje seie sikkert når søknaden blir avgjord, men vi gir dykk svar så snart som mogleg.',
    legalBasis:
      'De får dette førebelse svaret fordi søknaden ikkje er avgjord innan ein månad etter at vi tok imot han, ' +
      'jf. forvaltningslova § 11 a.',
  },
  signature: {
    greeting: 'Med helsing',
    electronicallyApproved: 'Dokumentet er elektronisk godkjent og har difor ikkje signatur.',
  },
  plain: {
    receipt: (title, scheme) =>
      `Vi har motteke søknaden dykkar «${title}» om tilskot frå ordninga «${scheme}».`,
    interim: (title) =>
      `Vi har enno ikkje avgjort søknaden dykkar «${title}», og sender dykk difor eit førebels svar.`,
    decision: {
      grant: (title) =>
        `${SFK_NAME_NN} har gjort vedtak om søknaden dykkar «${title}»: søknaden er innvilga.`,
      partial_grant: (title) =>
        `${SFK_NAME_NN} har gjort vedtak om søknaden dykkar «${title}»: søknaden er delvis innvilga.`,
      rejection: (title) =>
        `${SFK_NAME_NN} har gjort vedtak om søknaden dykkar «${title}»: søknaden er avslått.`,
      dismissal: (title) =>
        `${SFK_NAME_NN} har gjort vedtak om søknaden dykkar «${title}»: søknaden er avvist.`,
    },
    reportApproval: (title) => `${SFK_NAME_NN} har godkjent rapporten om bruken av tilskotet til «${title}».`,
    repaymentClaim: (title) =>
      `${SFK_NAME_NN} har gjort vedtak om at de skal betale tilbake tilskot de fekk til «${title}».`,
    appealForwarded: (title) =>
      `${SFK_NAME_NN} har vurdert klaga dykkar i saka om tilskot til «${title}» og sendt ho til klageinstansen.`,
    appealNotConsidered: (title) =>
      `${SFK_NAME_NN} har avvist klaga dykkar i saka om tilskot til «${title}» fordi ho kom for seint.`,
    changeApproved: (title) => `${SFK_NAME_NN} har godkjent endringa de søkte om i tilskotet til «${title}».`,
    changeRejected: (title) =>
      `${SFK_NAME_NN} har avslått søknaden dykkar om å endre tilskotet til «${title}».`,
    claimRevised: (title) =>
      `${SFK_NAME_NN} har handsama klaga dykkar på kravet om tilbakebetaling av tilskotet til «${title}».`,
    reservationLifted: (title) =>
      `Atterhaldet om vedtaket i Stortinget om budsjettet for tilskotet til «${title}» er oppheva.`,
    caseNumber: (caseReference) => `Saksnummeret er ${caseReference}.`,
    attached: (letterTitle) => `Brevet «${letterTitle}» ligg ved som PDF.`,
    decisionGrantNote: 'Les brevet nøye: det inneheld vilkår, fristar og informasjon om klagerett.',
    decisionOtherNote: 'Brevet gir grunngivinga for vedtaket og fortel korleis de kan klage.',
    acceptBy: (deadline) => `Hugs å akseptere vilkåra innan ${deadline}.`,
    contact: `Oppgi saksnummeret når de kontaktar oss om saka på ${SFK_EMAIL}.`,
  },
};
