export type { Actor } from './actor';
export {
  BudgetCategory,
  DEFAULT_TEXT_LIMITS,
  FundingStatus,
  SignatoryRole,
  sumOre,
} from './application-content';
export type { TextLimit, TextLimits } from './application-content';
export { inspectContent, UploadWarning } from './attachments/content-rules';
export { MAX_ATTACHMENT_BYTES } from './attachments/file-type';
export type { AllowedFileType } from './attachments/file-type';
export { DecisionOutcome, RecommendedOutcome } from './decision-reasons';
export type { DecisionReasons } from './decision-reasons';
export {
  countyOfMunicipality,
  formatBankAccount,
  formatOrganisationNumber,
  isValidBankAccount,
  isValidOrganisationNumber,
  normaliseDigits,
} from './identifiers';
export { OrganisationForm, WrittenLanguage } from './organisation-form';
export { DEFAULT_PAYMENT_PLAN } from './payment-plan';
export type { PlannedInstalmentRule } from './payment-plan';
export { isUuid, updateReturning } from './persistence';
export { Role, STAFF_ROLES } from './role';
