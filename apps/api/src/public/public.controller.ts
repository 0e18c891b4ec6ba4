import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RoundsService } from '@app/grants';
import { Clock } from '@app/platform';
import { Public } from '../auth/decorators';
import { mapPage, PageQuery, pageRequest } from '../common/page.dto';
import { mapPublicRound } from '../rounds/round.mapper';
import { PublicRoundPage, PublicRoundResponse } from '../rounds/rounds.dto';

/** Open calls, readable without logging in, so NGOs can find them. */
@ApiTags('public')
@Public()
@Controller('public')
export class PublicController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly clock: Clock,
  ) {}

  @Get('rounds')
  async listRounds(@Query() query: PageQuery): Promise<PublicRoundPage> {
    const now = this.clock.now();
    return mapPage(await this.rounds.listPublished(pageRequest(query)), (r) => mapPublicRound(r, now));
  }

  @Get('rounds/:id')
  async round(@Param('id') id: string): Promise<PublicRoundResponse> {
    return mapPublicRound(await this.rounds.getPublished(id), this.clock.now());
  }
}
