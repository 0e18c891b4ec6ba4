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
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';

/** Rounds (utlysninger): staff read all, admin creates, edits, publishes and closes. */
@ApiTags('rounds')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller('rounds')
export class RoundsController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly clock: Clock,
  ) {}

  /**
   * List rounds (utlysninger)
   *
   * @remarks Sfk staff. Filter by scheme, status and year; paged.
   */
  @Get()
  @Roles(...STAFF_ROLES)
  async list(@Query() query: RoundListQuery): Promise<RoundPage> {
    const page = await this.rounds.list(
      { schemeId: query.schemeId, status: query.status, year: query.year },
      pageRequest(query),
    );
    return mapPage(page, (r) => mapRound(r, this.clock.now()));
  }

  /**
   * A round with its frame and figures
   *
   * @remarks Sfk staff.
   */
  @Get(':id')
  @Roles(...STAFF_ROLES)
  async get(@Param('id') id: string): Promise<RoundResponse> {
    return mapRound(await this.rounds.get(id), this.clock.now());
  }

  /**
   * Create a round for a scheme and year (admin)
   *
   * @remarks Admin only, as a draft. The scheme must exist (422) and have no round for that year already (409
   * duplicate). The dates must follow each other: opens before the application deadline, the deadline
   * before the report deadline (422).
   */
  @ApiProblems(400, 409, 422)
  @Post()
  @Roles(Role.Admin)
  async create(@Body() body: CreateRoundRequest, @CurrentActor() actor: Actor): Promise<RoundResponse> {
    const round = await this.rounds.create(body, actor);
    return mapRound(await this.rounds.get(round.id), this.clock.now());
  }

  /**
   * Change a round (admin)
   *
   * @remarks Admin only. Send the version you read (409 stale-version otherwise). A draft can be changed freely;
   * once published most fields are locked (422 lockedWhenPublished) and the application deadline can only
   * be extended (422 extendOnly); a decided or archived round cannot change (409 invalid-state). The
   * budget frame cannot go below what is granted already (422 notBelowGranted).
   */
  @ApiProblems(409, 422)
  @Patch(':id')
  @Roles(Role.Admin)
  @IdBodyActor()
  async update(id: string, body: UpdateRoundRequest, actor: Actor): Promise<RoundResponse> {
    const { version, ...changes } = body;
    await this.rounds.update(id, version, changes, actor);
    return mapRound(await this.rounds.get(id), this.clock.now());
  }

  /**
   * Publish a round (draft → published)
   *
   * @remarks Admin only. The call becomes visible to everyone. The application deadline must be in the future (422
   * inFuture); a deadline closer than the minimum notice needs shortNoticeReason (422 minimumNotice).
   * Send the version you read.
   */
  @ApiProblems(422)
  @CaseStep(':id/publish', Role.Admin)
  async publish(id: string, body: PublishRoundRequest, actor: Actor): Promise<RoundResponse> {
    await this.rounds.publish(id, body.version, actor, body.shortNoticeReason);
    return mapRound(await this.rounds.get(id), this.clock.now());
  }

  /**
   * Close a round (published → closed)
   *
   * @remarks Admin only, after the application deadline (409 invalid-state before it). Send the version you read.
   */
  @CaseStep(':id/close', Role.Admin)
  async close(id: string, body: VersionRequest, actor: Actor): Promise<RoundResponse> {
    await this.rounds.close(id, body.version, actor);
    return mapRound(await this.rounds.get(id), this.clock.now());
  }

  /**
   * Mark a round decided (closed → decided)
   *
   * @remarks Approvers and admins, once every submitted application in the round has a decision (409 invalid-state
   * names how many lack one). The award list (tildelingslisten) becomes public. Send the version you
   * read.
   */
  @CaseStep(':id/decide', Role.Approver, Role.Admin)
  async decide(id: string, body: VersionRequest, actor: Actor): Promise<RoundResponse> {
    await this.rounds.decide(id, body.version, actor);
    return mapRound(await this.rounds.get(id), this.clock.now());
  }
}
