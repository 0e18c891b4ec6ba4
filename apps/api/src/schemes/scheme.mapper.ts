import { GrantScheme } from '@app/grants';
import { PublicSchemeResponse, SchemeResponse } from './schemes.dto';

export function mapScheme(s: GrantScheme): SchemeResponse {
  return {
    ...mapPublicScheme(s),
    id: s.id,
    tilskuddNoId: s.tilskuddNoId,
    scoreScaleMin: s.scoreScaleMin,
    scoreScaleMax: s.scoreScaleMax,
    reportIndicators: s.reportIndicators,
    paymentPlan: s.paymentPlan,
    priorReportRule: s.priorReportRule,
    budgetChapter: s.budgetChapter,
    budgetPost: s.budgetPost,
    version: s.version,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function mapPublicScheme(s: GrantScheme): PublicSchemeResponse {
  return {
    code: s.code,
    name: s.name,
    nameNn: s.nameNn,
    purpose: s.purpose,
    legalBasisTitle: s.legalBasisTitle,
    legalBasisSections: s.legalBasisSections,
    eligibleOrganisationForms: s.eligibleOrganisationForms,
    requiresVoluntaryRegistry: s.requiresVoluntaryRegistry,
    grantTypes: s.grantTypes,
    measureCategories: s.measureCategories,
    assessmentCriteria: s.assessmentCriteria,
    requiredAttachmentKinds: s.requiredAttachmentKinds,
    textLimits: s.textLimits,
    auditorThresholdOre: s.auditorThresholdOre,
    appealBody: s.appealBody,
  };
}
