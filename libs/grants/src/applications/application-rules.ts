import {
  amountSumErrors,
  FieldError,
  formatKroner,
  formatOsloNorwegian,
  isPastDeadline,
} from '@app/platform';
import { GrantRound } from '../rounds/grant-round.entity';
import { RoundStatus } from '../rounds/round-status';
import { GrantScheme } from '../schemes/grant-scheme.entity';
import { countWords, LIMITED_TEXT_FIELDS, sumOre, TextLimits } from '../kernel/application-content';
import { Application } from './application.entity';

/** Pure rules on an application's content: each broken one names its field and rule. */

export function textLimitErrors(content: Partial<Application>, limits: TextLimits): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of LIMITED_TEXT_FIELDS) {
    const value = content[field];
    const limit = limits[field];
    if (typeof value !== 'string' || !limit) continue;
    if (limit.maxChars !== undefined && value.length > limit.maxChars) {
      errors.push({
        field,
        rule: 'maxChars',
        message: `Teksten kan ha høyst ${limit.maxChars} tegn (har ${value.length}).`,
      });
    }
    const words = countWords(value);
    if (limit.maxWords !== undefined && words > limit.maxWords) {
      errors.push({
        field,
        rule: 'maxWords',
        message: `Teksten kan ha høyst ${limit.maxWords} ord (har ${words}).`,
      });
    }
  }
  return errors;
}

/** Why a draft cannot be started in the round now (not published, not yet open, past its deadline), if it cannot. */
export function roundClosedError(round: GrantRound | null, now: Date): FieldError | undefined {
  if (!round || round.status !== RoundStatus.Published) {
    return {
      field: 'roundId',
      rule: 'openRound',
      message: 'Utlysningen finnes ikke eller er ikke publisert.',
    };
  }
  if (now < round.opensAt || isPastDeadline(now, round.applicationDeadline)) {
    return { field: 'roundId', rule: 'openRound', message: 'Utlysningen er ikke åpen for søknader nå.' };
  }
  return undefined;
}

/** Values that must come from the scheme. */
export function schemeChoiceErrors(content: Partial<Application>, scheme: GrantScheme): FieldError[] {
  const errors: FieldError[] = [];
  if (content.measureCategory && !scheme.measureCategories.some((c) => c.code === content.measureCategory)) {
    errors.push({
      field: 'measureCategory',
      rule: 'schemeCategory',
      message: `Innsatsområdet må være ett av ordningens: ${scheme.measureCategories.map((c) => c.code).join(', ')}.`,
    });
  }
  if (content.grantType && !scheme.grantTypes.includes(content.grantType)) {
    errors.push({
      field: 'grantType',
      rule: 'schemeGrantType',
      message: `Ordningen gir ikke denne typen tilskudd (${scheme.grantTypes.join(', ')}).`,
    });
  }
  if (content.periodStart && content.periodEnd && content.periodStart > content.periodEnd) {
    errors.push({
      field: 'periodEnd',
      rule: 'afterStart',
      message: 'Sluttdatoen må være etter startdatoen.',
    });
  }
  return errors;
}

const REQUIRED: [keyof Application, string][] = [
  ['title', 'Tittel'],
  ['measureCategory', 'Innsatsområde'],
  ['grantType', 'Type tilskudd'],
  ['summary', 'Sammendrag'],
  ['goals', 'Mål'],
  ['targetGroup', 'Målgruppe'],
  ['area', 'Geografisk område'],
  ['plan', 'Gjennomføringsplan'],
  ['periodStart', 'Startdato'],
  ['periodEnd', 'Sluttdato'],
  ['expectedResults', 'Forventede resultater'],
  ['requestedAmountOre', 'Omsøkt beløp'],
  ['contactPerson', 'Kontaktperson'],
  ['signatory', 'Den som signerer'],
];

/** No amount list adds up past the ceiling for amounts (checked in the API too; here for every other way in). */
export function amountCeilingErrors(
  content: Partial<Pick<Application, 'budgetLines' | 'otherFunding'>>,
): FieldError[] {
  return [
    ...amountSumErrors('budgetLines', content.budgetLines),
    ...amountSumErrors('otherFunding', content.otherFunding),
  ];
}

/** Everything that must hold before an application can be submitted (except the deadline, checked with the clock). */
export function submissionErrors(
  application: Application,
  scheme: GrantScheme,
  attachmentKinds: string[],
): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, label] of REQUIRED) {
    const value = application[field];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
      errors.push({ field, rule: 'required', message: `${label} må fylles ut før innsending.` });
    }
  }
  if (application.budgetLines.length === 0) {
    errors.push({ field: 'budgetLines', rule: 'required', message: 'Budsjettet må ha minst én post.' });
  }
  errors.push(...textLimitErrors(application, scheme.textLimits), ...schemeChoiceErrors(application, scheme));

  const budgetTotal = sumOre(application.budgetLines);
  const otherFunding = sumOre(application.otherFunding);
  const maxRequestable = budgetTotal - otherFunding;
  if (application.requestedAmountOre !== null && application.requestedAmountOre > maxRequestable) {
    errors.push({
      field: 'requestedAmountOre',
      rule: 'withinBudget',
      message: `Omsøkt beløp kan ikke være større enn budsjettet minus annen finansiering (${formatKroner(maxRequestable)}).`,
    });
  }
  for (const kind of scheme.requiredAttachmentKinds) {
    if (!attachmentKinds.includes(kind)) {
      errors.push({
        field: 'attachments',
        rule: 'requiredKind',
        message: `Vedlegg av typen «${ATTACHMENT_KIND_NB[kind] ?? kind}» mangler.`,
      });
    }
  }
  return errors;
}

export function deadlineMessage(deadline: Date): string {
  return `Søknadsfristen gikk ut ${formatOsloNorwegian(deadline)} (norsk tid). Søknaden kan ikke sendes inn etter fristen.`;
}

const ATTACHMENT_KIND_NB: Record<string, string> = {
  statutes: 'vedtekter',
  annual_accounts: 'årsregnskap',
  annual_report: 'årsberetning',
  budget: 'budsjett',
  other: 'annet',
};
