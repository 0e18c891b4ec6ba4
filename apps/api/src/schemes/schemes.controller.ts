import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  DEFAULT_PAYMENT_PLAN,
  DEFAULT_TEXT_LIMITS,
  PriorReportRule,
  Role,
  SchemesService,
  STAFF_ROLES,
} from '@app/grants';
import { IdBodyActor } from '../common/case-step';
import { CurrentActor, Roles } from '../auth/decorators';
import { mapPage, PageQuery, pageRequest } from '../common/page.dto';
import { mapScheme } from './scheme.mapper';
import { CreateSchemeRequest, UpdateSchemeRequest } from './schemes.dto';
import { SchemePage, SchemeResponse } from './scheme-responses.dto';
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';

/** Grant schemes: Sfk staff read, admin writes. The public reads the call text through /public/rounds. */
@ApiTags('schemes')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller('schemes')
export class SchemesController {
  constructor(private readonly schemes: SchemesService) {}

  /**
   * List grant schemes
   *
   * @remarks Sfk staff (caseworker, approver, finance, admin). Paged.
   */
  @Get()
  @Roles(...STAFF_ROLES)
  async list(@Query() query: PageQuery): Promise<SchemePage> {
    return mapPage(await this.schemes.list(pageRequest(query)), mapScheme);
  }

  /**
   * A grant scheme with its rules
   *
   * @remarks Sfk staff. The scheme's criteria, weights, score scale, text limits, payment plan and report rules.
   */
  @Get(':id')
  @Roles(...STAFF_ROLES)
  async get(@Param('id') id: string): Promise<SchemeResponse> {
    return mapScheme(await this.schemes.get(id));
  }

  /**
   * Create a grant scheme (admin)
   *
   * @remarks Admin only. The code must be unique and so must the tilskudd.no id (409 duplicate). The assessment
   * criteria's weights must add up to 100, codes within a list must be unique and the score scale's
   * maximum must be above its minimum (422, every broken rule at once). Without textLimits, paymentPlan
   * and priorReportRule the defaults apply.
   */
  @ApiProblems(400, 409, 422)
  @Post()
  @Roles(Role.Admin)
  async create(@Body() body: CreateSchemeRequest, @CurrentActor() actor: Actor): Promise<SchemeResponse> {
    return mapScheme(
      await this.schemes.create(
        {
          ...body,
          nameNn: body.nameNn ?? null,
          tilskuddNoId: body.tilskuddNoId ?? null,
          textLimits: body.textLimits ?? DEFAULT_TEXT_LIMITS,
          paymentPlan: body.paymentPlan ?? DEFAULT_PAYMENT_PLAN,
          priorReportRule: body.priorReportRule ?? PriorReportRule.Warn,
        },
        actor,
      ),
    );
  }

  /**
   * Change a grant scheme (admin)
   *
   * @remarks Admin only. Send the version you read (409 stale-version otherwise). Measure categories, assessment
   * criteria and the score scale cannot change while a round of the scheme is open or in assessment (422
   * frozenWhileRoundRuns); the same rules as at creation apply.
   */
  @ApiProblems(409, 422)
  @Patch(':id')
  @Roles(Role.Admin)
  @IdBodyActor()
  async update(id: string, body: UpdateSchemeRequest, actor: Actor): Promise<SchemeResponse> {
    const { version, ...changes } = body;
    return mapScheme(await this.schemes.update(id, version, changes, actor));
  }
}
