import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { FieldError } from '@app/platform';
import { RequestValidationError } from './validation';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text is well-formed UTF-16: no surrogate without its pair. */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

const MESSAGE = 'Teksten har et ugyldig tegn: en halv surrogat (U+D800–U+DFFF) uten sin andre halvdel.';

/**
 * Every string and key of a JSON body whose text is not well-formed, with its path (`budgetLines[1].description`).
 * Walks without recursion, so a deeply nested body cannot exhaust the stack.
 */
export function malformedTextErrors(body: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const stack: [unknown, string][] = [[body, '']];
  while (stack.length && errors.length < 20) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (!isWellFormedText(value))
        errors.push({ field: path || '(body)', rule: 'wellFormedText', message: MESSAGE });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, `${path}[${i}]`]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        if (!isWellFormedText(key)) {
          errors.push({ field: at, rule: 'wellFormedText', message: MESSAGE });
        } else {
          stack.push([item, at]);
        }
      }
    }
  }
  return errors;
}

/**
 * A JSON body can carry a lone surrogate (`"\ud800"`), which no other input can: PostgreSQL's jsonb refuses it
 * (the audit trail stores every change as jsonb: 500), text columns would silently keep U+FFFD instead, and
 * validator's isEmail throws on it. Such a body is refused with a 400 naming the field, before validation.
 */
@Injectable()
export class WellFormedTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body') return value;
    const errors = malformedTextErrors(value);
    if (errors.length) throw new RequestValidationError(errors);
    return value;
  }
}
