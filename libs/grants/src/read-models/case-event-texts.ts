import { formatKroner } from '@app/platform';
import { AppealBodyOutcome } from '../appeals/appeal.entity';
import { ChangeKind } from '../changes/change-request.entity';
import { DecisionOutcome } from '../kernel/decision-reasons';
import { formatIsoDate } from '../letters/format';

const OUTCOME_NB: Record<DecisionOutcome, string> = {
  granted: 'innvilget',
  partly_granted: 'delvis innvilget',
  rejected: 'avslått',
  dismissed: 'avvist',
};

const CHANGE_NB: Record<ChangeKind, string> = {
  period: 'forlenget periode',
  budget: 'endret budsjett',
  content: 'endret innhold',
};

/** What the appeal body did with the decision, as a whole sentence each (the verb differs in nynorsk). */
const APPEAL_BODY_NB: Record<AppealBodyOutcome, (decidedOn: string) => string> = {
  upheld: (on) => `Klageinstansen opprettholdt vedtaket (vedtak av ${on})`,
  changed: (on) => `Klageinstansen endret vedtaket (vedtak av ${on})`,
  quashed: (on) => `Klageinstansen opphevet vedtaket (vedtak av ${on})`,
};

/**
 * What happened in a case, one text per event of the case history, in bokmål: the language of the code. The API's
 * catalogue (libs/platform/src/i18n, messages-history.nn.ts) holds the nynorsk form of each, and the history is
 * answered in the written standard the client asks for (inWrittenStandard), as problem messages are.
 */
export const CASE_EVENT_NB = {
  submitted: 'Søknaden ble sendt inn',
  /** The applicant's declaration at submission (that the information is correct), by the one who gave it. */
  declared: (name: string) => `Erklæring avgitt av ${name}`,
  decided: (outcome: DecisionOutcome, amountOre: number) =>
    amountOre > 0
      ? `Vedtak: ${OUTCOME_NB[outcome]} (${formatKroner(amountOre)})`
      : `Vedtak: ${OUTCOME_NB[outcome]}`,
  notified: 'Vedtaket kom fram til organisasjonen',
  accepted: 'Vilkårene ble akseptert',
  lapsed: 'Tilskuddet falt bort',
  letterWritten: (title: string) => `Brev skrevet: ${title}`,
  letterSent: (title: string) => `Brev sendt: ${title}`,
  appealLodged: (late: boolean) => (late ? 'Klage mottatt etter fristen' : 'Klage mottatt'),
  appealNotConsidered: 'Klagen ble avvist fordi den kom for sent',
  appealForwarded: 'Klagen ble sendt til klageinstansen',
  appealBodyOutcome: (outcome: AppealBodyOutcome, decidedOn: string) =>
    APPEAL_BODY_NB[outcome](formatIsoDate(decidedOn)),
  changeRequested: (kind: ChangeKind) => `Endringssøknad: ${CHANGE_NB[kind]}`,
  changeApproved: 'Endringen ble godkjent',
  changeRejected: 'Endringssøknaden ble avslått',
  /** Said with the day the bank paid it (`paidOn`): the event itself is when finance recorded it, often days later. */
  paid: (amountOre: number, instalmentNo: number, instalmentCount: number, paidOn: string) =>
    instalmentCount > 1
      ? `Del ${instalmentNo} av ${instalmentCount} av tilskuddet ble utbetalt ${formatIsoDate(paidOn)}: ${formatKroner(amountOre)}`
      : `Tilskuddet ble utbetalt ${formatIsoDate(paidOn)}: ${formatKroner(amountOre)}`,
  reportSubmitted: 'Rapporten ble sendt inn',
  reportReturned: 'Rapporten ble sendt tilbake for retting',
  reportApproved: 'Rapporten ble godkjent',
  claimMade: (amountOre: number) => `Tilbakebetaling av ${formatKroner(amountOre)} ble krevd`,
  claimSettled: 'Hele kravet er betalt tilbake',
  claimCancelled: 'Kravet om tilbakebetaling falt bort',
};
