import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RoundsService } from '@app/grants';
import { awardListTable, AwardListService } from '@app/reporting';
import type { FastifyReply } from 'fastify';
import { Clock, osloDate } from '@app/platform';
import { Public } from '../auth/decorators';
import { RateLimited } from '../auth/rate-limits.service';
import { mapPage, PageQuery, pageRequest } from '../common/page.dto';
import { mapPublicRound } from '../rounds/round.mapper';
import { AwardListResponse, PublicAwardListPage } from '../reporting/reporting.dto';
import { FormatQuery, respondAs } from '../reporting/table-response';
import { PublicRoundPage, PublicRoundResponse } from '../rounds/rounds.dto';
import { ApiProblems } from '../common/api-problems';

/** Open calls and the award lists of decided rounds, readable without logging in. */
@ApiTags('public')
@Public()
@Controller('public')
export class PublicController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly awards: AwardListService,
    private readonly clock: Clock,
  ) {}

  /**
   * Open calls (published rounds)
   *
   * @remarks Open without login, so NGOs can find them: published rounds with the call text, deadline and
   * requirements; paged.
   */
  @ApiProblems(400, 503)
  @Get('rounds')
  async listRounds(@Query() query: PageQuery): Promise<PublicRoundPage> {
    const now = this.clock.now();
    return mapPage(await this.rounds.listPublished(pageRequest(query)), (r) => mapPublicRound(r, now));
  }

  /**
   * One open call
   *
   * @remarks Open without login. Only published rounds; any other id answers 404.
   */
  @ApiProblems(503)
  @Get('rounds/:id')
  async round(@Param('id') id: string): Promise<PublicRoundResponse> {
    return mapPublicRound(await this.rounds.getPublished(id), this.clock.now());
  }

  /**
   * Award lists of decided rounds
   *
   * @remarks Open without login: the rounds whose award list is public (decided or archived), newest grant year
   * first, each with its year, title, scheme (name, tilskudd.no id), the number of grants and the sum on its award
   * list, and the day it was decided; paged. The list itself is GET /api/public/rounds/{id}/awards.
   */
  @ApiProblems(400, 503)
  @Get('award-lists')
  async listAwardLists(@Query() query: PageQuery): Promise<PublicAwardListPage> {
    return mapPage(await this.awards.listPublic(pageRequest(query)), (list) => ({
      ...list,
      decidedAt: list.decidedAt ? osloDate(list.decidedAt) : null,
    }));
  }

  /**
   * The round's award list (tildelingslisten)
   *
   * @remarks Open without login once the round is decided: year, scheme (its tilskudd.no id), recipient,
   * organisasjonsnummer, amount, measure category — accepted grants in force only. JSON, or CSV and XLSX
   * (format=csv|xlsx) in the columns tilskudd.no takes, the header in the first row. Limited per client
   * address (429 with Retry-After): building it is the one expensive thing an anonymous caller can ask
   * for.
   */
  @ApiProblems(400, 409, 429, 503)
  @Get('rounds/:id/awards')
  @RateLimited('publicExport')
  @ApiProduces(
    'application/json',
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiOkResponse({ type: AwardListResponse })
  async awardList(
    @Param('id') id: string,
    @Query() query: FormatQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AwardListResponse | Buffer> {
    const list = await this.awards.forRound(id);
    return respondAs(
      reply,
      query.format,
      list,
      () => [awardListTable(list)],
      `tildelinger-${list.schemeCode}-${list.year}`,
    );
  }
}
