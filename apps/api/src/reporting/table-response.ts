import { ApiPropertyOptional } from '@nestjs/swagger';
import { AnyTable, tablesToCsv, tablesToXlsx } from '@app/reporting';
import type { FastifyReply } from 'fastify';
import { IsIn, IsOptional } from 'class-validator';

export const TABLE_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export class FormatQuery {
  /** json (default), csv (Norwegian Excel: `;`, UTF-8 with BOM, comma decimals) or xlsx. */
  @ApiPropertyOptional({
    enum: TABLE_FORMATS,
    description: 'json (default), csv (Norwegian Excel: `;`, UTF-8 with BOM, comma decimals) or xlsx.',
  })
  @IsOptional()
  @IsIn(TABLE_FORMATS)
  format?: TableFormat;
}

const CONTENT_TYPES: Record<Exclude<TableFormat, 'json'>, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The JSON body as it is, or the same figures as a CSV or XLSX download. */
export async function respondAs<J>(
  reply: FastifyReply,
  format: TableFormat | undefined,
  json: J,
  tables: () => AnyTable[],
  fileName: string,
): Promise<J | Buffer> {
  if (!format || format === 'json') return json;
  const body = format === 'csv' ? tablesToCsv(tables()) : await tablesToXlsx(tables());
  void reply
    .header('content-type', CONTENT_TYPES[format])
    .header('content-disposition', `attachment; filename="${fileName}.${format}"`);
  return body;
}
