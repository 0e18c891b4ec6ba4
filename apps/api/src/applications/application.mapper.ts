import { ApplicationAttachment, ApplicationDetail, ApplicationListItem, NextStep, sumOre } from '@app/grants';
import { formatOsloNorwegian } from '@app/platform';
import {
  ApplicationListItemResponse,
  ApplicationResponse,
  AttachmentResponse,
} from './application-responses.dto';
import { mapRecord, pick } from '../common/mapping';
import { mapNextStep } from './next-step.dto';

export function mapAttachment(a: ApplicationAttachment): AttachmentResponse {
  return {
    ...pick(
      a,
      'id',
      'kind',
      'fileName',
      'contentType',
      'sizeBytes',
      'sha256',
      'exemptFromPublic',
      'exemptionBasis',
      'warnings',
      'uploadedBy',
    ),
    uploadedAt: a.uploadedAt.toISOString(),
  };
}

export function mapApplication(
  {
    application: a,
    organisation,
    round,
    attachments,
    submissionProblems,
    lastChangedBy,
    declaredBy,
  }: ApplicationDetail,
  nextStep: NextStep,
): ApplicationResponse {
  const budgetTotalOre = sumOre(a.budgetLines);
  const otherFundingTotalOre = sumOre(a.otherFunding);
  return {
    ...mapRecord(a),
    ...pick(a, 'referenceNumber', 'status'),
    organisation: {
      ...pick(organisation, 'id', 'name', 'organisationNumber'),
    },
    round: {
      ...pick(round, 'id', 'title', 'year'),
      schemeCode: round.scheme.code,
      applicationDeadline: round.applicationDeadline.toISOString(),
      applicationDeadlineText: formatOsloNorwegian(round.applicationDeadline),
    },
    ...pick(
      a,
      'title',
      'measureCategory',
      'grantType',
      'summary',
      'goals',
      'targetGroup',
      'area',
      'plan',
      'partners',
      'periodStart',
      'periodEnd',
      'expectedResults',
      'budgetLines',
      'otherFunding',
      'requestedAmountOre',
    ),
    budgetTotalOre,
    otherFundingTotalOre,
    maxRequestableOre: budgetTotalOre - otherFundingTotalOre,
    contactPerson: a.contactPerson,
    signatory: a.signatory,
    attachments: attachments.map(mapAttachment),
    submissionProblems,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    declaration:
      a.declaredAt && declaredBy && a.declarationVersion
        ? { declaredAt: a.declaredAt.toISOString(), declaredBy, text: a.declarationVersion }
        : null,
    withdrawnAt: a.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: a.withdrawalReason,
    lastChangedBy,
    lastChangedAt: a.updatedAt.toISOString(),
    nextStep: mapNextStep(nextStep),
  };
}

export function mapApplicationListItem(
  i: ApplicationListItem,
  nextStep: NextStep,
): ApplicationListItemResponse {
  return {
    ...pick(
      i,
      'id',
      'referenceNumber',
      'title',
      'status',
      'roundId',
      'organisationId',
      'organisationName',
      'measureCategory',
      'grantType',
      'requestedAmountOre',
    ),
    submittedAt: i.submittedAt?.toISOString() ?? null,
    updatedAt: i.updatedAt.toISOString(),
    restricted: i.restricted,
    nextStep: mapNextStep(nextStep),
  };
}
