import { inWrittenStandard } from '@app/platform';
import { AppealBodyOutcome } from '../appeals/appeal.entity';
import { ChangeKind } from '../changes/change-request.entity';
import { DecisionOutcome } from '../kernel/decision-reasons';
import { CASE_EVENT_NB as T } from './case-event-texts';

type Case = [text: string, nb: string, nn: string];

/**
 * Every text of the case history, in bokmål as written and in nynorsk through the API's catalogue; keyed by the
 * table's own keys, so a text added to the table without a case here does not compile.
 */
const CASES: Record<keyof typeof T, Case[]> = {
  submitted: [[T.submitted, 'Søknaden ble sendt inn', 'Søknaden vart send inn']],
  declared: [[T.declared('Ola Søker'), 'Erklæring avgitt av Ola Søker', 'Erklæring gjeven av Ola Søker']],
  decided: [
    [
      T.decided(DecisionOutcome.PartlyGranted, 30_000_000),
      'Vedtak: delvis innvilget (kr 300 000)',
      'Vedtak: delvis innvilga (kr 300 000)',
    ],
    [
      T.decided(DecisionOutcome.Granted, 25_000_050),
      'Vedtak: innvilget (kr 250 000,50)',
      'Vedtak: innvilga (kr 250 000,50)',
    ],
    [T.decided(DecisionOutcome.Rejected, 0), 'Vedtak: avslått', 'Vedtak: avslått'],
  ],
  notified: [[T.notified, 'Vedtaket kom fram til organisasjonen', 'Vedtaket kom fram til organisasjonen']],
  accepted: [[T.accepted, 'Vilkårene ble akseptert', 'Vilkåra vart aksepterte']],
  lapsed: [[T.lapsed, 'Tilskuddet falt bort', 'Tilskotet fall bort']],
  letterWritten: [
    [
      T.letterWritten('Vedtak om tilskudd'),
      'Brev skrevet: Vedtak om tilskudd',
      'Brev skrive: Vedtak om tilskudd',
    ],
  ],
  // A letter's title is in the letter's own written standard: carried over as it is.
  letterSent: [
    [T.letterSent('Vedtak om tilskot'), 'Brev sendt: Vedtak om tilskot', 'Brev sendt: Vedtak om tilskot'],
  ],
  appealLodged: [
    [T.appealLodged(false), 'Klage mottatt', 'Klage motteken'],
    [T.appealLodged(true), 'Klage mottatt etter fristen', 'Klage motteken etter fristen'],
  ],
  appealNotConsidered: [
    [
      T.appealNotConsidered,
      'Klagen ble avvist fordi den kom for sent',
      'Klaga vart avvist fordi ho kom for seint',
    ],
  ],
  appealForwarded: [
    [T.appealForwarded, 'Klagen ble sendt til klageinstansen', 'Klaga vart send til klageinstansen'],
  ],
  appealBodyOutcome: [
    [
      T.appealBodyOutcome(AppealBodyOutcome.Upheld, '2027-03-01'),
      'Klageinstansen opprettholdt vedtaket (vedtak av 1. mars 2027)',
      'Klageinstansen heldt fast på vedtaket (vedtak av 1. mars 2027)',
    ],
    [
      T.appealBodyOutcome(AppealBodyOutcome.Changed, '2027-03-01'),
      'Klageinstansen endret vedtaket (vedtak av 1. mars 2027)',
      'Klageinstansen endra vedtaket (vedtak av 1. mars 2027)',
    ],
    [
      T.appealBodyOutcome(AppealBodyOutcome.Quashed, '2027-03-01'),
      'Klageinstansen opphevet vedtaket (vedtak av 1. mars 2027)',
      'Klageinstansen oppheva vedtaket (vedtak av 1. mars 2027)',
    ],
  ],
  changeRequested: [
    [
      T.changeRequested(ChangeKind.Period),
      'Endringssøknad: forlenget periode',
      'Endringssøknad: forlengd periode',
    ],
    [
      T.changeRequested(ChangeKind.Budget),
      'Endringssøknad: endret budsjett',
      'Endringssøknad: endra budsjett',
    ],
    [
      T.changeRequested(ChangeKind.Content),
      'Endringssøknad: endret innhold',
      'Endringssøknad: endra innhald',
    ],
  ],
  changeApproved: [[T.changeApproved, 'Endringen ble godkjent', 'Endringa vart godkjend']],
  changeRejected: [[T.changeRejected, 'Endringssøknaden ble avslått', 'Endringssøknaden vart avslått']],
  paid: [
    [
      T.paid(1_000_000, 1, 1, '2026-10-10'),
      'Tilskuddet ble utbetalt 10. oktober 2026: kr 10 000',
      'Tilskotet vart utbetalt 10. oktober 2026: kr 10 000',
    ],
    [
      T.paid(15_000_000, 2, 3, '2027-02-01'),
      'Del 2 av 3 av tilskuddet ble utbetalt 1. februar 2027: kr 150 000',
      'Del 2 av 3 av tilskotet vart utbetalt 1. februar 2027: kr 150 000',
    ],
  ],
  reportSubmitted: [[T.reportSubmitted, 'Rapporten ble sendt inn', 'Rapporten vart send inn']],
  reportReturned: [
    [T.reportReturned, 'Rapporten ble sendt tilbake for retting', 'Rapporten vart send tilbake for retting'],
  ],
  reportApproved: [[T.reportApproved, 'Rapporten ble godkjent', 'Rapporten vart godkjend']],
  claimMade: [
    [T.claimMade(400_000), 'Tilbakebetaling av kr 4 000 ble krevd', 'Tilbakebetaling av kr 4 000 vart kravd'],
  ],
  claimSettled: [[T.claimSettled, 'Hele kravet er betalt tilbake', 'Heile kravet er betalt tilbake']],
  claimCancelled: [
    [T.claimCancelled, 'Kravet om tilbakebetaling falt bort', 'Kravet om tilbakebetaling fall bort'],
  ],
};

/** Amounts are written with a no-break space between thousands; the tests read them with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('the texts of the case history', () => {
  it.each(Object.values(CASES).flat())('%s', (text, nb, nn) => {
    expect(plain(inWrittenStandard(text, 'nb'))).toBe(nb);
    expect(plain(inWrittenStandard(text, 'nn'))).toBe(nn);
  });
});
