import { ArgumentMetadata, Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from '@app/platform';
import { fieldNameForProblem, forbiddenCharacterErrors } from './safe-text';

/** At most this many broken rules are listed: a body of 10 000 unknown fields does not get an answer as long. */
const MAX_ERRORS = 50;

/** 400 with every broken rule (up to MAX_ERRORS) and the path of its field. */
export class RequestValidationError extends Error {
  readonly errors: FieldError[];
  /** The refused body and its DTO class, for the domain rules' probe (rule-probes.ts). */
  input?: { metatype: Type<unknown>; body: Record<string, unknown> };
  constructor(errors: FieldError[]) {
    super('Request validation failed');
    this.errors = errors.slice(0, MAX_ERRORS);
  }
}

/** Norwegian texts for the rules class-validator checks; custom validators bring their own message. */
const MESSAGES: Record<string, (c: string) => string> = {
  whitelistValidation: () => 'Feltet er ikke tillatt her.',
  isDefined: () => 'Feltet må fylles ut.',
  isNotEmpty: () => 'Feltet må fylles ut.',
  isString: () => 'Må være tekst.',
  isInt: () => 'Må være et heltall.',
  isBoolean: () => 'Må være true eller false.',
  isEmail: () => 'Må være en gyldig e-postadresse.',
  isUuid: () => 'Må være en gyldig id (UUID).',
  isArray: () => 'Må være en liste.',
  isEnum: (c) => c.replace(/^.*must be one of the following values: /, 'Må være en av: '),
  isIn: (c) => c.replace(/^.*must be one of the following values: /, 'Må være en av: '),
  arrayNotEmpty: () => 'Listen kan ikke være tom.',
  arrayMinSize: (c) =>
    c.replace(/^.*must contain at least (\d+) elements?$/, 'Listen må ha minst $1 element.'),
  arrayMaxSize: (c) =>
    c.replace(/^.*must contain no more than (\d+) elements?$/, 'Listen kan ha høyst $1 element.'),
  min: (c) => c.replace(/^.*must not be less than (-?\d+)$/, 'Kan ikke være mindre enn $1.'),
  max: (c) => c.replace(/^.*must not be greater than (-?\d+)$/, 'Kan ikke være større enn $1.'),
  maxLength: (c) =>
    c.replace(/^.*must be shorter than or equal to (\d+) characters$/, 'Kan ha høyst $1 tegn.'),
  minLength: (c) => c.replace(/^.*must be longer than or equal to (\d+) characters$/, 'Må ha minst $1 tegn.'),
  matches: () => 'Har feil format.',
  // ValidateNested accepts an array where an object belongs (it validates the array's elements instead), so every
  // nested object and list item is also @IsObject(): `{ "items": [[]] }` reached a service as an item without fields.
  isObject: (c) => (c.startsWith('each value') ? 'Hvert element må være et objekt.' : 'Må være et objekt.'),
  nestedValidation: () => 'Må være et objekt med gyldige felt.',
};

/** A custom validator's own (Norwegian) message; class-validator's English default for a rule not listed above never. */
function norwegianOr(text: string): string {
  return /[æøåÆØÅ]|\b(må|ikke|være|kan|er)\b/.test(text) ? text : 'Har ugyldig verdi.';
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const isIndex = /^\d+$/.test(error.property);
    const property = fieldNameForProblem(error.property);
    const path = parent ? (isIndex ? `${parent}[${property}]` : `${parent}.${property}`) : property;
    const constraints = Object.entries(error.constraints ?? {});
    if (error.value === undefined && constraints.length > 0 && !error.constraints?.whitelistValidation) {
      // A missing field: one clear message rather than every rule the absent value breaks.
      result.push({ field: path, rule: 'required', message: 'Feltet må fylles ut.' });
    } else {
      for (const [rule, text] of constraints) {
        const translate = MESSAGES[rule];
        result.push({ field: path, rule, message: translate ? translate(text) : norwegianOr(text) });
      }
    }
    if (error.children?.length) result.push(...flattenValidationErrors(error.children, path));
  }
  return result;
}

/**
 * Refuses text no field may hold (NUL, control characters, broken Unicode: safe-text.ts) in a body, a query string
 * or a path parameter, naming the field, before the value is transformed or validated. The one rule for every
 * route; multipart fields get it in readSingleFileUpload and validateDto.
 */
export function refuseForbiddenCharacters(value: unknown, metadata: ArgumentMetadata): void {
  if (metadata.type === 'custom') return;
  const errors = forbiddenCharacterErrors(value, metadata.data ?? '');
  if (errors.length) throw new RequestValidationError(errors);
}

class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    refuseForbiddenCharacters(value, metadata);
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      const { metatype, type } = metadata;
      if (error instanceof RequestValidationError && type === 'body' && metatype && isPlainObject(value)) {
        error.input = { metatype, body: value };
      }
      throw error;
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One global pipe: forbidden characters and unknown fields refused, payloads transformed to DTO classes. */
export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    // One broken rule per field is enough to act on; value is kept only to tell "missing" from "wrong".
    stopAtFirstError: true,
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}
