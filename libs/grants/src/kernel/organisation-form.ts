/** Legal form of an organisation (docs/domain.md §1: who may receive). Eligibility is decided per scheme. */
export enum OrganisationForm {
  /** forening / lag — non-profit association */
  Association = 'association',
  /** stiftelse */
  Foundation = 'foundation',
  /** aksjeselskap distributing only to voluntary activity */
  LimitedCompany = 'limited_company',
  /** kommune — only where voluntary organisations offer no satisfactory measure */
  Municipality = 'municipality',
  /** samvirkeforetak — not eligible under the MHP scheme, registered so screening can say so */
  Cooperative = 'cooperative',
  Other = 'other',
}

export enum WrittenLanguage {
  Bokmal = 'nb',
  Nynorsk = 'nn',
}
