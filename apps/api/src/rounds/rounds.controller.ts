import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, Role, RoundsService, STAFF_ROLES } from '@app/grants';
import { Clock } from '@app/platform';
import { CurrentActor, Roles } from '../auth/decorators';
import { mapPage, pageRequest } from '../common/page.dto';
import { mapRound } from './round.mapper';
import {
  CreateRoundRequest,
  PublishRoundRequest,
  RoundListQuery,
  RoundPage,
  RoundResponse,
  UpdateRoundRequest,
} from './rounds.dto';
import { VersionRequest } from '../common/version.dto';
import { CaseStep, IdBodyActor } from '../common/case-step';

/** Rounds (utlysninger): staff read all, admin creates, edits, publishes and closes. */
@ApiTags('rounds')
@ApiBearerAuth()
@Controller('rounds')
export class RoundsController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...STAFF_ROLES)
  async list(@Query() query: RoundListQuery): Promise<RoundPage> {
    const page = await this.rounds.list(
      { schemeId: query.schemeId, status: query.status, year: query.year },
      pageRequest(query),
    );
    return mapPage(page, (r) => mapRound(r, this.clock.now()));
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  async get(@Param('id') id: string): Promise<RoundResponse> {
    return mapRound(await this.rounds.get(id), this.clock.now());
  }

  @Post()
  @Roles(Role.Admin)
  async create(@Body() body: CreateRoundRequest, @CurrentActor() actor: Actor): Promise<RoundResponse> {
    const round = await this.rounds.create(body, actor);
    return mapRound(await this.rounds.get(round.id), this.clock.now());
  }

  @Patch(':id')
  @Roles(Role.Admin)
  @IdBodyActor()
  async update(id: string, body: UpdateRoundRequest, actor: Actor): Promise<RoundResponse> {
    const { version, ...changes } = body;
    await this.rounds.update(id, version, changes, actor);
    return mapRound(await this.rounds.get(id), this.clock.now());
  }

  /** draft → published: the call becomes visible to everyone; a short notice before the deadline needs a reason. */
  @CaseStep(':id/publish', Role.Admin)
  async publish(id: string, body: PublishRoundRequest, actor: Actor): Promise<RoundResponse> {
    await this.rounds.publish(id, body.version, actor, body.shortNoticeReason);
    return mapRound(await this.rounds.get(id), this.clock.now());
  }

  /** published → closed, after the application deadline. */
  @CaseStep(':id/close', Role.Admin)
  async close(id: string, body: VersionRequest, actor: Actor): Promise<RoundResponse> {
    await this.rounds.close(id, body.version, actor);
    return mapRound(await this.rounds.get(id), this.clock.now());
  }

  /** closed → decided, once every submitted application has a decision; the award list becomes public. */
  @CaseStep(':id/decide', Role.Approver, Role.Admin)
  async decide(id: string, body: VersionRequest, actor: Actor): Promise<RoundResponse> {
    await this.rounds.decide(id, body.version, actor);
    return mapRound(await this.rounds.get(id), this.clock.now());
  }
}
