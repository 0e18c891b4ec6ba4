import { GrantScheme } from '@app/grants';
import { PublicSchemeResponse, SchemeResponse } from './scheme-responses.dto';
import { mapRecord, pick } from '../common/mapping';

export function mapScheme(s: GrantScheme): SchemeResponse {
  return {
    ...mapPublicScheme(s),
    ...mapRecord(s),
    ...pick(
      s,
      'tilskuddNoId',
      'scoreScaleMin',
      'scoreScaleMax',
      'reportIndicators',
      'paymentPlan',
      'priorReportRule',
      'budgetChapter',
      'budgetPost',
    ),
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
