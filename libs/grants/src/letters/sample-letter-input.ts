import { APPLICATION_DECLARATION, declarationText } from '../applications/declaration';
import type { LetterInput, LetterLanguage, LetterType } from './letter-model';

/**
 * A complete, realistic letter input for every letter type, in bokmål or nynorsk: used by the unit tests, and
 * usable for previewing templates. The free texts a caseworker writes are given in the letter's language.
 */

const FREE_TEXT: Record<
  LetterLanguage,
  {
    purpose: string;
    conditions: string[];
    paymentPlan: string;
    reasons: { rulesApplied: string; factsReliedOn: string; mainConsiderations: string };
    dismissalReasons: { rulesApplied: string; factsReliedOn: string; mainConsiderations: string };
    reviewComment: string;
    claimReason: string;
    statement: string;
    lateReason: string;
    changeReason: string;
    budgetLines: [string, string];
  }
> = {
  nb: {
    purpose:
      'Oppsøkende arbeid og oppfølging av personer i prostitusjon i Oslo sentrum, slik det er beskrevet i søknaden.',
    conditions: [
      'Tilskuddet skal brukes i samsvar med budsjettet i søknaden. Vesentlige endringer må godkjennes av Sekretariatet for konfliktrådene på forhånd.',
      'Organisasjonen skal føre et eget regnskap for tiltaket.',
    ],
    paymentPlan: 'Tilskuddet utbetales i én utbetaling når vilkårene er akseptert.',
    reasons: {
      rulesApplied: 'Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon §§ 1, 3 og 6.',
      factsReliedOn:
        'Søknaden gjelder et nytt lavterskeltilbud. Budsjettet viser et behov på kr 500 000, hvorav kr 200 000 gjelder innkjøp av utstyr.',
      mainConsiderations:
        'Søknadene til ordningen overstiger den samlede rammen. Sekretariatet har prioritert tiltak som gir direkte hjelp til målgruppen, og har ikke prioritert innkjøp av utstyr.',
    },
    dismissalReasons: {
      rulesApplied:
        'Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon § 5 og utlysningen for 2027.',
      factsReliedOn: 'Søknaden kom inn etter søknadsfristen 1. desember 2026 kl. 23:59.',
      mainConsiderations:
        'Søknader som kommer inn etter fristen, kan ikke behandles av hensyn til likebehandling av søkerne.',
    },
    reviewComment:
      'Rapporten gir et godt bilde av arbeidet. Husk å rapportere nettene i botilbudet for seg neste år.',
    claimReason:
      'Tiltaket ble avsluttet i september, og midlene som ikke er brukt, kan ikke overføres til neste år. ' +
      'Det er ikke søkt om å bruke dem til andre formål.',
    statement:
      'Klagen tilfører ikke nye opplysninger. Rammen for 2027 er brukt opp, og søknaden ble prioritert lavere enn tiltak med direkte hjelp til målgruppen.',
    changeReason: 'Husleien ble lavere enn ventet, og vi trenger flere timer med miljøarbeidere.',
    budgetLines: ['Lønn til miljøarbeidere', 'Husleie'],
    lateReason:
      'Klagen kom inn seks uker etter fristen. Det er ikke opplyst noe om hvorfor den kom for sent, og saken gjelder en fordeling av midler som alle søkere har innrettet seg etter.',
  },
  nn: {
    purpose:
      'Oppsøkjande arbeid og oppfølging av personar i prostitusjon i Oslo sentrum, slik det er skildra i søknaden.',
    conditions: [
      'Tilskotet skal nyttast i samsvar med budsjettet i søknaden. Vesentlege endringar må godkjennast av Sekretariatet for konfliktråda på førehand.',
      'Organisasjonen skal føre ein eigen rekneskap for tiltaket.',
    ],
    paymentPlan: 'Tilskotet blir utbetalt i éi utbetaling når vilkåra er aksepterte.',
    reasons: {
      rulesApplied: 'Forskrift om tilskot til tiltak mot menneskehandel og prostitusjon §§ 1, 3 og 6.',
      factsReliedOn:
        'Søknaden gjeld eit nytt lågterskeltilbod. Budsjettet viser eit behov på kr 500 000, der kr 200 000 gjeld innkjøp av utstyr.',
      mainConsiderations:
        'Søknadene til ordninga er større enn den samla ramma. Sekretariatet har prioritert tiltak som gir direkte hjelp til målgruppa, og har ikkje prioritert innkjøp av utstyr.',
    },
    dismissalReasons: {
      rulesApplied:
        'Forskrift om tilskot til tiltak mot menneskehandel og prostitusjon § 5 og utlysinga for 2027.',
      factsReliedOn: 'Søknaden kom inn etter søknadsfristen 1. desember 2026 kl. 23:59.',
      mainConsiderations:
        'Søknader som kjem inn etter fristen, kan ikkje handsamast av omsyn til likebehandling av søkjarane.',
    },
    reviewComment:
      'Rapporten gir eit godt bilete av arbeidet. Hugs å rapportere nettene i butilbodet for seg neste år.',
    claimReason:
      'Tiltaket vart avslutta i september, og midlane som ikkje er brukte, kan ikkje overførast til neste år. ' +
      'Det er ikkje søkt om å bruke dei til andre formål.',
    statement:
      'Klaga gir ikkje nye opplysningar. Ramma for 2027 er brukt opp, og søknaden vart prioritert lågare enn tiltak med direkte hjelp til målgruppa.',
    changeReason: 'Husleiga vart lågare enn venta, og vi treng fleire timar med miljøarbeidarar.',
    budgetLines: ['Løn til miljøarbeidarar', 'Husleige'],
    lateReason:
      'Klaga kom inn seks veker etter fristen. Det er ikkje opplyst noko om kvifor ho kom for seint, og saka gjeld ei fordeling av midlar som alle søkjarane har innretta seg etter.',
  },
};

export function sampleLetterInput(type: LetterType, language: LetterLanguage): LetterInput {
  const text = FREE_TEXT[language];
  const input: LetterInput = {
    type,
    language,
    letterDate: new Date('2027-02-15T09:00:00Z'),
    caseReference: 'MHP-2027-0042',
    caseworkerName: 'Kari Nordmann',
    caseworkerEmail: 'kari.nordmann@konfliktraadet.no',
    recipient: {
      name: 'Stiftelsen Nattlys',
      organisationNumber: '988077917',
      streetAddress: 'Storgata 10',
      postalCode: '0155',
      postalTown: 'OSLO',
    },
    scheme: {
      name: 'Tilskudd til tiltak mot menneskehandel og prostitusjon',
      nameNn: 'Tilskot til tiltak mot menneskehandel og prostitusjon',
      legalBasisTitle: 'forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon',
      legalBasisSections: ['§ 1', '§ 2', '§ 3'],
      appealBody: 'Justis- og beredskapsdepartementet',
      auditorThresholdOre: 20_000_000,
      purpose:
        'Å forebygge at barn og voksne blir utsatt for menneskehandel, hjelpe personer ut av prostitusjon og redusere etterspørselen etter prostitusjon.',
    },
    round: { year: 2027, budgetReservation: true, reportDeadline: new Date('2028-03-31T22:00:00Z') },
    application: {
      title: 'Oppsøkende arbeid i Oslo sentrum',
      submittedAt: new Date('2026-11-30T13:03:00Z'),
      requestedAmountOre: type === 'grant' ? 30_000_000 : 50_000_000,
    },
  };
  switch (type) {
    case 'receipt':
      // Nobody handles the case yet: the letter points to the agency's address. The web's submission declares.
      return {
        ...input,
        application: {
          ...input.application,
          declaration: {
            name: 'Per Søker',
            declaredAt: input.application.submittedAt,
            text: declarationText(APPLICATION_DECLARATION.version, language),
          },
        },
        caseworkerName: null,
        caseworkerEmail: null,
        letterDate: new Date('2026-11-30T13:04:00Z'),
        expectedDecisionBy: new Date('2027-02-28T12:00:00Z'),
      };
    case 'interim_reply':
      return {
        ...input,
        letterDate: new Date('2027-01-04T08:00:00Z'),
        expectedDecisionBy: new Date('2027-02-28T12:00:00Z'),
      };
    case 'grant':
    case 'partial_grant':
      return {
        ...input,
        decisionMakerName: 'Ola Leder',
        decision: {
          amountOre: 30_000_000,
          grantPeriod: { start: '2027-01-01', end: '2027-12-31' },
          purpose: text.purpose,
          conditions: text.conditions,
          reasons: type === 'grant' ? null : text.reasons,
          acceptanceDeadline: new Date('2027-03-08T22:59:00Z'),
          appealDeadline: new Date('2027-03-08T22:59:00Z'),
          paymentPlan: text.paymentPlan,
          auditorStatementRequired: true,
        },
      };
    case 'rejection':
    case 'dismissal':
      return {
        ...input,
        // A dismissal at screening is the caseworker's own decision.
        decisionMakerName: type === 'rejection' ? 'Ola Leder' : null,
        decision: {
          amountOre: 0,
          grantPeriod: null,
          purpose: null,
          conditions: [],
          reasons: type === 'rejection' ? text.reasons : text.dismissalReasons,
          acceptanceDeadline: null,
          appealDeadline: new Date('2027-03-08T22:59:00Z'),
          paymentPlan: null,
          auditorStatementRequired: false,
        },
      };
    case 'report_approval':
    case 'repayment_claim':
      return {
        ...input,
        letterDate: new Date('2028-04-20T09:00:00Z'),
        report: {
          submittedAt: new Date('2028-03-28T10:15:00Z'),
          grantOre: 30_000_000,
          spentOre: 26_000_000,
          unspentOre: 4_000_000,
          reviewComment: type === 'report_approval' ? text.reviewComment : null,
        },
        claim:
          type === 'repayment_claim'
            ? {
                amountOre: 4_000_000,
                dueDate: '2028-06-01',
                reason: text.claimReason,
                appealDeadline: new Date('2028-05-11T21:59:59Z'),
                paymentAccount: '86011117947',
                grantDecidedAt: new Date('2026-12-15T09:00:00Z'),
              }
            : undefined,
      };
    case 'appeal_forwarded':
    case 'appeal_not_considered':
      return {
        ...input,
        letterDate: new Date('2027-05-03T09:00:00Z'),
        appeal: {
          lodgedAt: new Date('2027-04-20T08:30:00Z'),
          appealedDecisionDate: new Date('2027-02-15T09:00:00Z'),
          notifiedAt: new Date('2027-02-15T09:05:00Z'),
          deadline: new Date('2027-03-08T22:59:59Z'),
          statement: type === 'appeal_forwarded' ? text.statement : null,
          lateReason: type === 'appeal_not_considered' ? text.lateReason : null,
          appealDeadline: type === 'appeal_not_considered' ? new Date('2027-05-24T21:59:59Z') : null,
        },
      };
    case 'claim_revised':
      return {
        ...input,
        letterDate: new Date('2028-06-20T09:00:00Z'),
        appeal: {
          lodgedAt: new Date('2028-05-02T08:30:00Z'),
          appealedDecisionDate: new Date('2028-04-20T09:00:00Z'),
          notifiedAt: new Date('2028-04-20T09:05:00Z'),
          deadline: new Date('2028-05-11T21:59:59Z'),
          statement: null,
          lateReason: null,
          appealDeadline: null,
        },
        claim: {
          amountOre: 1_500_000,
          dueDate: '2028-08-01',
          reason: text.claimReason,
          appealDeadline: new Date('2028-07-11T21:59:59Z'),
          paymentAccount: '86011117947',
          revision: { previousAmountOre: 4_000_000, repaidOre: 500_000, reasons: text.reasons },
        },
      };
    case 'budget_reservation_lifted':
      return {
        ...input,
        letterDate: new Date('2027-01-08T09:00:00Z'),
        round: { ...input.round, budgetReservation: false },
        reservationLifted: { decidedAt: new Date('2026-12-15T09:00:00Z'), amountOre: 30_000_000 },
      };
    case 'change_approved':
    case 'change_rejected':
      return {
        ...input,
        letterDate: new Date('2027-09-10T09:00:00Z'),
        change: {
          requestedAt: new Date('2027-09-01T07:45:00Z'),
          kind: 'budget',
          reason: text.changeReason,
          periodEnd: null,
          budgetLines: [
            { description: text.budgetLines[0], amountOre: 35_000_000 },
            { description: text.budgetLines[1], amountOre: 15_000_000 },
          ],
          content: null,
          comment: type === 'change_approved' ? text.reviewComment : null,
          reasons: type === 'change_rejected' ? text.reasons : null,
          appealDeadline: type === 'change_rejected' ? new Date('2027-10-01T21:59:59Z') : null,
        },
      };
  }
}
