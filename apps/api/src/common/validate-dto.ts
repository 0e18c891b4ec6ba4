import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { forbiddenCharacterErrors } from './safe-text';
import { flattenValidationErrors, RequestValidationError } from './validation';

/** Validates input that does not pass through the global pipe (multipart form fields) the same way. */
export async function validateDto<T extends object>(
  cls: new () => T,
  plain: Record<string, unknown>,
): Promise<T> {
  const forbidden = forbiddenCharacterErrors(plain);
  if (forbidden.length) throw new RequestValidationError(forbidden);
  const instance = plainToInstance(cls, plain);
  const errors = await validate(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    validationError: { target: false, value: true },
  });
  if (errors.length) throw new RequestValidationError(flattenValidationErrors(errors));
  return instance;
}
