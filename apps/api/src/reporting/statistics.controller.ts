import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { STAFF_ROLES } from '@app/grants';
import { roundStatisticsTables, StatisticsService, yearStatisticsTables } from '@app/reporting';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth/decorators';
import { RoundStatisticsResponse, YearStatisticsQuery, YearStatisticsResponse } from './reporting.dto';
import { FormatQuery, respondAs } from './table-response';

const PRODUCES = [
  'application/json',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** Statistics for Sfk staff (docs/domain.md §8), as JSON, CSV or XLSX. */
@ApiTags('statistics')
@ApiBearerAuth()
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  /** One round: totals and breakdowns by measure category, county and organisation form. */
  @Get('rounds/:id')
  @Roles(...STAFF_ROLES)
  @ApiProduces(...PRODUCES)
  @ApiOkResponse({ type: RoundStatisticsResponse })
  async round(
    @Param('id') id: string,
    @Query() query: FormatQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RoundStatisticsResponse | Buffer> {
    const stats = await this.statistics.round(id);
    return respondAs(
      reply,
      query.format,
      stats,
      () => roundStatisticsTables(stats),
      `statistikk-${stats.schemeCode}-${stats.year}`,
    );
  }

  /** Every scheme's totals and indicator sums per year. */
  @Get('years')
  @Roles(...STAFF_ROLES)
  @ApiProduces(...PRODUCES)
  @ApiOkResponse({ type: [YearStatisticsResponse] })
  async years(
    @Query() query: YearStatisticsQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<YearStatisticsResponse[] | Buffer> {
    const years = await this.statistics.years(query.schemeId);
    return respondAs(
      reply,
      query.format,
      years,
      () => yearStatisticsTables(years, this.statistics.smallCellLimit),
      'statistikk-per-aar',
    );
  }
}
