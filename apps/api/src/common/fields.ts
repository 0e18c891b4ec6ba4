import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { isValidBankAccount, isValidOrganisationNumber, normaliseDigits } from '@app/grants';
import {
  AMOUNT_CEILING_MESSAGE,
  amountSumErrors,
  formatKroner,
  MAX_AMOUNT_ORE,
  withinAmountCeiling,
} from '@app/platform';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';

/**
 * The field may be left out; when it is given, null included, it is validated like any value. class-validator's
 * IsOptional() lets null through as "not given", and the services met it as a value: `{ "name": null }` on a
 * user answered 500 (found by the fuzz run). IsOptional() stays only on fields where null means "remove it";
 * those are typed `| null` and documented nullable.
 */
export function Optional(): PropertyDecorator {
  return ValidateIf((_object: unknown, value: unknown) => value !== undefined);
}

/**
 * Composite field decorators: validate, normalise and document a field in one line.
 * Custom rules carry the rule name the problem response reports (e.g. "organisationNumber").
 */

function rule(
  name: string,
  test: (value: unknown) => boolean,
  message: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (object: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName: String(propertyName),
      options: { message, ...options },
      validator: { validate: test },
    });
}

const trimDigits = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? normaliseDigits(value) : value,
);

export function OrganisationNumberField() {
  return applyDecorators(
    ApiProperty({
      example: '988077917',
      description: 'Organisasjonsnummer, 9 digits (MOD11); spaces allowed',
    }),
    trimDigits,
    IsString(),
    rule(
      'organisationNumber',
      (v) => typeof v === 'string' && isValidOrganisationNumber(v),
      'Må være et gyldig organisasjonsnummer (9 siffer, kontrollsiffer MOD11).',
    ),
  );
}

export function BankAccountField(required = true) {
  return applyDecorators(
    required
      ? ApiProperty({
          example: '86011117947',
          description: 'Kontonummer, 11 digits (MOD11); dots and spaces allowed',
        })
      : ApiPropertyOptional({ example: '86011117947', description: 'Kontonummer, 11 digits (MOD11)' }),
    ...(required ? [] : [Optional()]),
    trimDigits,
    IsString(),
    rule(
      'bankAccount',
      (v) => typeof v === 'string' && isValidBankAccount(v),
      'Må være et gyldig kontonummer (11 siffer, kontrollsiffer MOD11).',
    ),
  );
}

/** An e-mail address, at most 254 characters: one decorator for every e-mail field. */
export function EmailField(example?: string) {
  return applyDecorators(
    ApiProperty({ format: 'email', maxLength: 254, ...(example ? { example } : {}) }),
    MaxLength(254),
    IsEmail(),
  );
}

/**
 * Required, optional (may be left out, never null) or nullable (may be left out; null removes the value) — and the
 * OpenAPI property that says so.
 */
function optionality(
  options: { optional?: boolean; nullable?: boolean },
  doc: ApiPropertyOptions,
): PropertyDecorator[] {
  if (options.nullable) return [IsOptional(), ApiPropertyOptional({ ...doc, nullable: true })];
  if (options.optional) return [Optional(), ApiPropertyOptional(doc)];
  return [ApiProperty(doc)];
}

/**
 * A list of nested objects of a class, at most `maxItems`, each validated as that class. Every item must be an
 * object: ValidateNested alone accepts an array where an object belongs (it validates the array's elements), so
 * `[[]]` reached the services as an item without fields (found by the fuzz run). Listed in the order stacked
 * decorators would register, so the first broken rule reported stays the same.
 */
export function NestedList(
  type: new () => object,
  maxItems: number,
  options: { optional?: boolean; nullable?: boolean } = {},
) {
  return applyDecorators(
    Type(() => type),
    ValidateNested({ each: true }),
    IsObject({ each: true }),
    ArrayMaxSize(maxItems),
    IsArray(),
    ...optionality(options, { type: [type], maxItems }),
  );
}

/** Text that is trimmed and must not be blank (with `nullable`, null removes it). */
export function TextField(
  maxLength: number,
  options: { optional?: boolean; nullable?: boolean; minLength?: number } = {},
) {
  return applyDecorators(
    ...optionality(options, { type: String, maxLength }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    MinLength(options.minLength ?? 1),
    MaxLength(maxLength),
  );
}

/**
 * Money in whole øre (docs/domain.md §7): an integer, never a float or a decimal string, and never above the one
 * ceiling for amounts (MAX_AMOUNT_ORE, NOK 1 000 000 000). Every `…Ore` input field uses this decorator.
 */
export function OreField(options: { optional?: boolean; nullable?: boolean; min?: number } = {}) {
  const doc = { type: 'integer', minimum: options.min ?? 0, maximum: MAX_AMOUNT_ORE } as const;
  return applyDecorators(
    ...optionality(options, doc),
    IsInt(),
    Min(options.min ?? 0),
    // Whole numbers are isInt's part; this one is about size only.
    rule(
      'amountCeiling',
      (v) => typeof v !== 'number' || Math.abs(v) <= MAX_AMOUNT_ORE,
      AMOUNT_CEILING_MESSAGE,
    ),
  );
}

/** A list of items with `amountOre` whose sum must stay within the same ceiling as each amount (a budget). */
export function OreSumWithinCeiling() {
  return rule(
    'amountCeiling',
    (v) =>
      !Array.isArray(v) ||
      // An item whose own amount is not valid is reported on that item, not again on the sum.
      !v.every((item) => withinAmountCeiling((item as { amountOre?: unknown })?.amountOre as number)) ||
      amountSumErrors('', v as { amountOre: number }[]).length === 0,
    `Summen av beløpene kan ikke være større enn ${formatKroner(MAX_AMOUNT_ORE)}.`,
  );
}

export function OptionalBoolean() {
  return applyDecorators(ApiPropertyOptional(), Optional(), IsBoolean());
}

/** Optimistic locking: the version the client last read. */
export function VersionField() {
  return applyDecorators(
    ApiProperty({ type: 'integer', description: 'The version you last read; a stale version answers 409.' }),
    IsInt(),
    Min(1),
  );
}

export function DigitsField(length: number, example: string) {
  return applyDecorators(
    ApiProperty({ example, pattern: `^[0-9]{${length}}$` }),
    IsString(),
    Matches(new RegExp(`^[0-9]{${length}}$`), { message: `Må være ${length} siffer.` }),
  );
}

/** A calendar day, YYYY-MM-DD (a real date: 2027-02-30 is refused). */
export function DateField(options: { optional?: boolean; nullable?: boolean; example?: string } = {}) {
  const message = 'Må være en dato (ÅÅÅÅ-MM-DD).';
  const doc = { type: 'string', format: 'date', example: options.example ?? '2027-01-01' } as const;
  return applyDecorators(
    ...optionality(options, doc),
    IsString(),
    IsISO8601({ strict: true }, { message }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message }),
  );
}

/** Query-string integer (query values arrive as strings). */
export function QueryInt(min: number, max: number) {
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: min, maximum: max }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(min),
    rule('max', (v) => typeof v === 'number' && v <= max, `Kan ikke være større enn ${max}.`),
  );
}
