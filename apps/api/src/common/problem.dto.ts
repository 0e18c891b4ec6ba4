import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError } from '@app/platform';
import type { ProblemDocument } from './problem';

/** One broken rule of a problem document, naming the field it concerns. */
export class ProblemFieldError implements FieldError {
  @ApiProperty({
    description:
      'Path of the field in the request body or query, e.g. `address.postalCode` or `budgetLines[2].amountOre`.',
    example: 'requestedAmountOre',
  })
  field!: string;

  @ApiProperty({
    description:
      'Machine-readable name of the broken rule: a validation rule (`required`, `maxLength`, `min`, `isEnum`, …) ' +
      'or a domain rule (`organisationNumber`, `maxChars`, `deadline`, `withinFrame`, …).',
    example: 'min',
  })
  rule!: string;

  @ApiProperty({
    description: 'What is wrong, in Norwegian, ready to show next to the field.',
    example: 'Kan ikke være mindre enn 0.',
  })
  message!: string;
}

/**
 * RFC 9457 problem document: every error of the API (content type `application/problem+json`), with a Norwegian
 * title and detail.
 */
export class ProblemResponse implements ProblemDocument {
  @ApiProperty({
    description:
      'URN naming the kind of problem; stable, for programs to branch on (`urn:problem:tilskudd:validation`, ' +
      '`…:not-found`, `…:stale-version`, `…:invalid-state`, `…:rule-violation`, `…:rate-limited`, `…:unavailable`, …).',
    example: 'urn:problem:tilskudd:validation',
  })
  type!: string;

  @ApiProperty({
    description: 'Short Norwegian title of the kind of problem.',
    example: 'Ugyldige opplysninger',
  })
  title!: string;

  @ApiProperty({ description: 'The HTTP status code, repeated.', example: 400 })
  status!: number;

  @ApiPropertyOptional({
    description: 'What went wrong in this request, in Norwegian.',
    example: 'requestedAmountOre: Kan ikke være mindre enn 0.',
  })
  detail?: string;

  @ApiPropertyOptional({
    description: 'The path of the request that failed (without its query).',
    example: '/api/applications/0b6f1c9e-3a52-4c1e-9a8e-6d1f2b7c4e10',
  })
  instance?: string;

  @ApiPropertyOptional({
    description:
      'The request id (also in the `x-request-id` header): give it when you contact Sfk about an error.',
    example: 'req-7f3a9c',
  })
  requestId?: string;

  @ApiPropertyOptional({
    description: 'Every broken rule with its field (validation errors, rule violations, duplicates).',
    type: [ProblemFieldError],
  })
  errors?: ProblemFieldError[];

  @ApiPropertyOptional({
    description: '409 invalid-state: the status the case is in, in which the step is not allowed.',
    example: 'decided',
  })
  currentState?: string;

  @ApiPropertyOptional({
    description: '409 stale-version: the current version; fetch the resource again and send this version.',
    example: 4,
  })
  currentVersion?: number;

  @ApiPropertyOptional({
    description: '400 json-too-complex: the limit the body broke (`maxDepth` or `maxItems`).',
    example: 'maxDepth',
  })
  limit?: string;

  @ApiPropertyOptional({ description: '400 json-too-complex: the value of that limit.', example: 32 })
  maximum?: number;
}
