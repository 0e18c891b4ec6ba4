import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, OrganisationsService, Role } from '@app/grants';
import { IdBodyActor } from '../common/case-step';
import { CurrentActor, Roles } from '../auth/decorators';
import { mapPage, pageRequest } from '../common/page.dto';
import { mapOrganisation } from './organisation.mapper';
import {
  AddMemberRequest,
  MemberResponse,
  OrganisationListQuery,
  OrganisationPage,
  OrganisationResponse,
  RegisterFlagsRequest,
  RegisterOrganisationRequest,
  UpdateMemberRequest,
  UpdateOrganisationRequest,
} from './organisations.dto';

/** Applicants see only their own organisations (others answer 404); Sfk staff see all. */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  /** Register an organisation; the caller becomes its first member and signatory. */
  @Post()
  @Roles(Role.Applicant)
  async register(
    @Body() body: RegisterOrganisationRequest,
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationResponse> {
    return mapOrganisation(await this.organisations.register(body, actor));
  }

  @Get()
  async list(@Query() query: OrganisationListQuery, @CurrentActor() actor: Actor): Promise<OrganisationPage> {
    const { limit: _l, offset: _o, ...filter } = query;
    return mapPage(await this.organisations.list(actor, filter, pageRequest(query)), mapOrganisation);
  }

  @Get(':id')
  async get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<OrganisationResponse> {
    return mapOrganisation(await this.organisations.get(actor, id));
  }

  /** Members update the profile. A changed bank account becomes unverified until Sfk verifies it. */
  @Patch(':id')
  @IdBodyActor()
  async update(id: string, body: UpdateOrganisationRequest, actor: Actor): Promise<OrganisationResponse> {
    const { version, ...changes } = body;
    return mapOrganisation(await this.organisations.update(actor, id, version, changes));
  }

  @Get(':id/members')
  async members(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<MemberResponse[]> {
    return this.organisations.members(actor, id);
  }

  /** A signatory adds a colleague who already has an applicant account (optionally as a signatory too). */
  @Post(':id/members')
  @IdBodyActor()
  async addMember(id: string, body: AddMemberRequest, actor: Actor): Promise<MemberResponse[]> {
    await this.organisations.addMember(actor, id, body.email, body.signatory ?? false);
    return this.organisations.members(actor, id);
  }

  /** A signatory gives or takes signing rights; the organisation's last signatory keeps them (409). */
  @Patch(':id/members/:userId')
  async updateMember(
    @Param('id') id: string,
    @Param('userId') userId: string,
    @Body() body: UpdateMemberRequest,
    @CurrentActor() actor: Actor,
  ): Promise<MemberResponse[]> {
    await this.organisations.setSignatory(actor, id, userId, body.signatory);
    return this.organisations.members(actor, id);
  }

  /** A signatory removes a member, or a member leaves; never the last signatory (409). Takes effect at once. */
  @Delete(':id/members/:userId')
  @HttpCode(204)
  async removeMember(
    @Param('id') id: string,
    @Param('userId') userId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.organisations.removeMember(actor, id, userId);
  }

  /**
   * Sfk records bankruptcy or liquidation from Enhetsregisteret (payments check these flags) and registration in
   * Frivillighetsregisteret (screening checks it).
   */
  @Patch(':id/register-flags')
  @Roles(Role.Caseworker, Role.Admin)
  @IdBodyActor()
  async setRegisterFlags(
    id: string,
    body: RegisterFlagsRequest,
    actor: Actor,
  ): Promise<OrganisationResponse> {
    const { version, ...flags } = body;
    return mapOrganisation(await this.organisations.setRegisterFlags(actor, id, version, flags));
  }
}
