import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { STAFF_ROLES } from '@app/grants';
import { roundStatisticsTables, StatisticsService, yearStatisticsTables } from '@app/reporting';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth/decorators';
import { RoundStatisticsResponse, YearStatisticsQuery, YearStatisticsResponse } from './reporting.dto';
import { FormatQuery, respondAs } from './table-response';
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';

const PRODUCES = [
  'application/json',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** Statistics for Sfk staff (docs/domain.md §8), as JSON, CSV or XLSX. */
@ApiTags('statistics')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  /**
   * Statistics of one round
   *
   * @remarks Sfk staff. Totals (applications, applied, granted in full or in part, rejected, dismissed, undecided,
   * lapsed, granted øre) and breakdowns by measure category, county and organisation form, and the
   * reported indicator sums. Indicator cells below the small-cell limit are suppressed (privacy). JSON,
   * or CSV and XLSX with format=csv|xlsx.
   */
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

  /**
   * Statistics per scheme and year
   *
   * @remarks Sfk staff. Every scheme's totals and indicator sums per year, optionally for one scheme; small cells
   * suppressed as for a round. JSON, or CSV and XLSX with format=csv|xlsx.
   */
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
