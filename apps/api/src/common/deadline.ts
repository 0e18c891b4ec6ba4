import { InvalidLocalTimeError, osloLocalToInstant, SkippedLocalTimeError } from '@app/platform';
import { Transform } from 'class-transformer';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDate } from 'class-validator';
import { Optional } from './fields';

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A wall-clock time in the hour the clocks skip in spring, kept so the error can name the clock change. */
class SkippedLocalTime {
  constructor(readonly local: string) {}
}

/**
 * A point in time given either with an offset ("2026-12-01T23:59:59+01:00", "…Z") or as
 * Europe/Oslo wall-clock time without one ("2026-12-01T23:59:59"), which is how Sfk states deadlines.
 */
export function OsloDateTimeField(options: { optional?: boolean } = {}) {
  const doc = {
    type: 'string',
    example: '2026-12-01T23:59:59',
    description: 'ISO 8601 with offset, or Europe/Oslo local time without offset',
  } as const;
  return applyDecorators(
    ...(options.optional ? [Optional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    Transform(({ value }: { value: unknown }) => parseOsloDateTime(value)),
    IsDate({
      message: ({ value }) =>
        value instanceof SkippedLocalTime
          ? `${value.local} finnes ikke i norsk tid: natt til sommertid stilles klokken fram fra 02:00 til 03:00, ` +
            'så tidspunkter fra 02:00 til 02:59 den natten hoppes over. Velg et tidspunkt før 02:00 eller fra 03:00.'
          : 'Må være et tidspunkt (ISO 8601), for eksempel 2026-12-01T23:59:59.',
    }),
  );
}

function parseOsloDateTime(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (WITH_OFFSET.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date;
  }
  try {
    return osloLocalToInstant(value);
  } catch (error) {
    if (error instanceof SkippedLocalTimeError) return new SkippedLocalTime(value);
    if (error instanceof InvalidLocalTimeError) return value;
    throw error;
  }
}
