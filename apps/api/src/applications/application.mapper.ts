import { ApplicationAttachment, ApplicationDetail, ApplicationListItem, sumOre } from '@app/grants';
import { formatOsloNorwegian } from '@app/platform';
import { ApplicationListItemResponse, ApplicationResponse, AttachmentResponse } from './applications.dto';

export function mapAttachment(a: ApplicationAttachment): AttachmentResponse {
  return {
    id: a.id,
    kind: a.kind,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    exemptFromPublic: a.exemptFromPublic,
    exemptionBasis: a.exemptionBasis,
    warnings: a.warnings,
    uploadedBy: a.uploadedBy,
    uploadedAt: a.uploadedAt.toISOString(),
  };
}

export function mapApplication({
  application: a,
  organisation,
  round,
  attachments,
  submissionProblems,
}: ApplicationDetail): ApplicationResponse {
  const budgetTotalOre = sumOre(a.budgetLines);
  const otherFundingTotalOre = sumOre(a.otherFunding);
  return {
    id: a.id,
    referenceNumber: a.referenceNumber,
    status: a.status,
    organisation: {
      id: organisation.id,
      name: organisation.name,
      organisationNumber: organisation.organisationNumber,
    },
    round: {
      id: round.id,
      title: round.title,
      year: round.year,
      schemeCode: round.scheme.code,
      applicationDeadline: round.applicationDeadline.toISOString(),
      applicationDeadlineText: formatOsloNorwegian(round.applicationDeadline),
    },
    title: a.title,
    measureCategory: a.measureCategory,
    grantType: a.grantType,
    summary: a.summary,
    goals: a.goals,
    targetGroup: a.targetGroup,
    area: a.area,
    plan: a.plan,
    partners: a.partners,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    expectedResults: a.expectedResults,
    budgetLines: a.budgetLines,
    otherFunding: a.otherFunding,
    requestedAmountOre: a.requestedAmountOre,
    budgetTotalOre,
    otherFundingTotalOre,
    maxRequestableOre: budgetTotalOre - otherFundingTotalOre,
    contactPerson: a.contactPerson,
    signatory: a.signatory,
    attachments: attachments.map(mapAttachment),
    submissionProblems,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    withdrawnAt: a.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: a.withdrawalReason,
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export function mapApplicationListItem(i: ApplicationListItem): ApplicationListItemResponse {
  return {
    id: i.id,
    referenceNumber: i.referenceNumber,
    title: i.title,
    status: i.status,
    roundId: i.roundId,
    organisationId: i.organisationId,
    organisationName: i.organisationName,
    measureCategory: i.measureCategory,
    grantType: i.grantType,
    requestedAmountOre: i.requestedAmountOre,
    submittedAt: i.submittedAt?.toISOString() ?? null,
    updatedAt: i.updatedAt.toISOString(),
    restricted: i.restricted,
  };
}
