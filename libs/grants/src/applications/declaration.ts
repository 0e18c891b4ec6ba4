import { inWrittenStandard } from '@app/platform';

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

/**
 * Every wording an application can have been declared under, by version, in bokmål. A new wording is added here
 * beside the old ones (never in their place): a letter quoting a recorded declaration looks its version up.
 */
const DECLARATION_TEXTS: Readonly<Record<string, string>> = {
  [APPLICATION_DECLARATION.version]: APPLICATION_DECLARATION.text,
};

/**
 * The wording of a recorded declaration version, in bokmål or nynorsk (the nynorsk form from the API's catalogue).
 * Throws for a version this code does not know: a recorded declaration is never quoted with another wording.
 */
export function declarationText(version: string, standard: 'nb' | 'nn'): string {
  const text = Object.hasOwn(DECLARATION_TEXTS, version) ? DECLARATION_TEXTS[version] : undefined;
  if (text === undefined) throw new Error(`Unknown declaration version "${version}"`);
  return inWrittenStandard(text, standard);
}

/** Why a submission that says it is not declared (`declaration: false`) is refused: the web's own message. */
export const DECLARATION_MISSING = 'Du må bekrefte at opplysningene er riktige.';
