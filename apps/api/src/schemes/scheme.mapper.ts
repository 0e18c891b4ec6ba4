import { GrantScheme } from '@app/grants';
import { PublicSchemeResponse, SchemeResponse } from './schemes.dto';
import { pick } from '../common/mapping';

export function mapScheme(s: GrantScheme): SchemeResponse {
  return {
    ...mapPublicScheme(s),
    ...pick(
      s,
      'id',
      'tilskuddNoId',
      'scoreScaleMin',
      'scoreScaleMax',
      'reportIndicators',
      'paymentPlan',
      'priorReportRule',
      'budgetChapter',
      'budgetPost',
      'version',
    ),
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function mapPublicScheme(s: GrantScheme): PublicSchemeResponse {
  return {
    ...pick(
      s,
      'code',
      'name',
      'nameNn',
      'purpose',
      'legalBasisTitle',
      'legalBasisSections',
      'eligibleOrganisationForms',
      'requiresVoluntaryRegistry',
      'grantTypes',
      'measureCategories',
      'assessmentCriteria',
      'requiredAttachmentKinds',
      'textLimits',
      'auditorThresholdOre',
      'appealBody',
    ),
  };
}
