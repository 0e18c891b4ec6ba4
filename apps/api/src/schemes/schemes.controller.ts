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
import { CreateSchemeRequest, SchemePage, SchemeResponse, UpdateSchemeRequest } from './schemes.dto';

/** Grant schemes: Sfk staff read, admin writes. The public reads the call text through /public/rounds. */
@ApiTags('schemes')
@ApiBearerAuth()
@Controller('schemes')
export class SchemesController {
  constructor(private readonly schemes: SchemesService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  async list(@Query() query: PageQuery): Promise<SchemePage> {
    return mapPage(await this.schemes.list(pageRequest(query)), mapScheme);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  async get(@Param('id') id: string): Promise<SchemeResponse> {
    return mapScheme(await this.schemes.get(id));
  }

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

  @Patch(':id')
  @Roles(Role.Admin)
  @IdBodyActor()
  async update(id: string, body: UpdateSchemeRequest, actor: Actor): Promise<SchemeResponse> {
    const { version, ...changes } = body;
    return mapScheme(await this.schemes.update(id, version, changes, actor));
  }
}
