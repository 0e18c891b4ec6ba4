/**
 * The declaration an applicant gives when submitting an application: the checkbox on the web's check-answers page
 * («Se over og send inn»). The application records who declared, when, and which wording they declared
 * (`declarationVersion`), so that a later change of the wording stays traceable. The wording is the web's
 * (apps/web/src/i18n/nb|nn/apply.ts, `review.declare`; declaration.spec.ts holds the two together); its nynorsk form
 * is in the API's catalogue (libs/platform/src/i18n). When the wording changes, change it here and in the web
 * together and give it a new `version`: applications already submitted keep the version they were declared under.
 */
export const APPLICATION_DECLARATION = {
  /** The identifier of the wording, stored on every declared application. */
  version: '2027-1',
  /** What the applicant confirms, in bokmål (the language of the code). */
  text: 'Jeg bekrefter at opplysningene i søknaden er riktige, og at jeg har lov til å søke på vegne av organisasjonen.',
} as const;

/** Why a submission that says it is not declared (`declaration: false`) is refused: the web's own message. */
export const DECLARATION_MISSING = 'Du må bekrefte at opplysningene er riktige.';
