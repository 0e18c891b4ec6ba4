import type { LetterLanguage, LetterType } from './letter-model';

/**
 * Every user-facing text of the letters, in bokmål and nynorsk. The interface makes both languages say the same
 * things: a text added to one and not the other does not compile. Parameters arrive formatted (amounts, dates).
 */

/** The agency's name in bokmål; a nynorsk letter or e-mail names it in nynorsk (SFK_NAME_NN). */
export const SFK_NAME = 'Sekretariatet for konfliktrådene';
export const SFK_NAME_NN = 'Sekretariatet for konfliktråda';
export const SFK_POSTAL_ADDRESS = 'Postboks 8005 Dep, 0030 Oslo';
export const SFK_EMAIL = 'postmottak@konfliktraadet.no';

export type DecisionLetterType = 'grant' | 'partial_grant' | 'rejection' | 'dismissal';

export interface AuditorTextParams {
  /** The scheme's threshold, formatted. */
  threshold: string;
  /** The grant is at or above the threshold. */
  atOrAboveThreshold: boolean;
  /** The decision requires an auditor statement. */
  required: boolean;
}

export interface LetterTexts {
  /** BCP 47 tag for the PDF's language entry. */
  locale: string;
  /** The agency's name in this written standard. */
  agency: string;
  titles: Record<LetterType, string>;
  labels: {
    date: string;
    ourReference: string;
    caseworker: string;
    organisationNumber: string;
    email: string;
    decisionMaker: string;
    page: (current: number, count: number) => string;
  };
  headings: {
    decision: string;
    periodAndPurpose: string;
    reasons: string;
    rulesApplied: string;
    factsReliedOn: string;
    mainConsiderations: string;
    conditions: string;
    acceptance: string;
    payment: string;
    reporting: string;
    repayment: string;
    control: string;
    appeal: string;
    access: string;
    furtherProcessing: string;
    whyItTakesTime: string;
    whenToExpectAnswer: string;
    reportApproved: string;
    claimPayment: string;
    appealAssessment: string;
    comments: string;
    change: string;
    reservationLifted: string;
  };
  /** "Vi viser til søknaden deres av …" */
  intro: (p: { submitted: string; title: string; scheme: string; year: number }) => string;
  outcome: Record<DecisionLetterType, (p: { amount: string; requested: string; year: number }) => string>;
  budgetReservation: (year: number) => string;
  grantPeriod: (start: string, end: string) => string;
  purpose: (purpose: string) => string;
  otherUseNotAllowed: string;
  legalBasis: (title: string, sections: string) => string;
  grantSummary: string;
  shortReasonsNote: string;
  reasonsOnRequest: string;
  conditionsIntro: string;
  acceptance: (deadline: string) => string;
  paymentAccount: string;
  reportDeadline: (deadline: string) => string;
  reportContent: string;
  reportNoPersonalData: string;
  /** The auditor statement sentence, or null when there is nothing to say (never happens in practice). */
  auditor: (p: AuditorTextParams) => string | null;
  repayment: string;
  control: string;
  appealRight: (deadline: string) => string;
  appealBody: (body: string) => string;
  appealProcedure: (caseReference: string) => string;
  accessToDocuments: string;
  contact: (caseReference: string) => string;
  report: {
    /** "Vi viser til rapporten deres av … om bruken av tilskuddet til …" */
    intro: (p: { submitted: string; title: string; scheme: string; year: number }) => string;
    grant: string;
    spent: string;
    unspent: string;
    approved: string;
    reviewComment: string;
    closed: string;
    keepDocumentation: string;
  };
  appeal: {
    intro: (p: { lodged: string; decided: string; title: string }) => string;
    afterAppeal: (decided: string) => string;
    upheldAndForwarded: (body: string) => string;
    statementIntro: string;
    comments: string;
    answerFromBody: (body: string) => string;
    notConsidered: string;
    notConsideredRules: string;
    notConsideredFacts: (p: { notified: string | null; deadline: string; lodged: string }) => string;
  };
  change: {
    intro: (p: { requested: string; title: string }) => string;
    approved: string;
    rejected: string;
    periodEnd: (end: string) => string;
    budget: string;
    content: string;
    comment: string;
    reportAgainstPlan: string;
    otherConditionsStand: string;
  };
  /** The message that the Storting's budget decision has lifted the reservation a grant was made under. */
  reservationLifted: {
    intro: (p: { decided: string; title: string; scheme: string; year: number }) => string;
    lifted: (p: { year: number; amount: string }) => string;
    payment: string;
  };
  claim: {
    outcome: (amount: string) => string;
    /** The legal basis of the claim: the conditions of the grant decision (of that date, when known). */
    rules: (granted: string | null) => string;
    facts: (p: { grant: string; submitted: string; spent: string; unspent: string }) => string;
    changedDecisionRules: string;
    revisedDropped: (previous: string) => string;
    revisedLowered: (p: { previous: string; amount: string }) => string;
    revisedRepaid: (repaid: string) => string;
    changedDecisionFacts: (p: { paid: string; decided: string; grant: string; overpaid: string }) => string;
    dueDate: (dueDate: string) => string;
    payment: (p: { account: string; caseReference: string }) => string;
    lateInterest: string;
    appealNoSuspension: string;
  };
  receipt: {
    intro: (p: { scheme: string; year: number }) => string;
    application: string;
    applicant: string;
    received: string;
    caseNumber: string;
    requestedAmount: string;
    processing: (year: number) => string;
    writtenDecision: string;
    expectedDecision: (date: string) => string;
    moreInformation: string;
  };
  interim: {
    notDecided: (year: number) => string;
    budgetPending: (year: number) => string;
    expectedAnswer: (date: string) => string;
    noExpectedAnswer: string;
    legalBasis: string;
  };
  signature: {
    greeting: string;
    electronicallyApproved: string;
  };
  plain: {
    receipt: (title: string, scheme: string) => string;
    interim: (title: string) => string;
    decision: Record<DecisionLetterType, (title: string) => string>;
    reportApproval: (title: string) => string;
    repaymentClaim: (title: string) => string;
    appealForwarded: (title: string) => string;
    appealNotConsidered: (title: string) => string;
    changeApproved: (title: string) => string;
    changeRejected: (title: string) => string;
    claimRevised: (title: string) => string;
    reservationLifted: (title: string) => string;
    caseNumber: (caseReference: string) => string;
    attached: (letterTitle: string) => string;
    decisionGrantNote: string;
    decisionOtherNote: string;
    acceptBy: (deadline: string) => string;
    contact: string;
  };
}

const nb: LetterTexts = {
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

const nn: LetterTexts = {
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

export const LETTER_TEXTS: Readonly<Record<LetterLanguage, LetterTexts>> = { nb, nn };

export function letterTexts(language: LetterLanguage): LetterTexts {
  return LETTER_TEXTS[language];
}
