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
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';

/** Applicants see only their own organisations (others answer 404); Sfk staff see all. */
@ApiTags('organisations')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  /**
   * Register an organisation
   *
   * @remarks NGO users (applicant role) only. The caller becomes its first member and signatory. The
   * organisasjonsnummer and kontonummer must pass their MOD11 check and the kommunenummer must belong to
   * a county (422); an organisation number that is registered already answers 409 (ask one of its members
   * to add you). Registration in Frivillighetsregisteret starts unconfirmed until Sfk records it.
   */
  @ApiProblems(400, 409, 422)
  @Post()
  @Roles(Role.Applicant)
  async register(
    @Body() body: RegisterOrganisationRequest,
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationResponse> {
    return mapOrganisation(await this.organisations.register(body, actor));
  }

  /**
   * List organisations
   *
   * @remarks Applicants see only the organisations they are members of; Sfk staff see all. Filter and page with
   * the query.
   */
  @Get()
  async list(@Query() query: OrganisationListQuery, @CurrentActor() actor: Actor): Promise<OrganisationPage> {
    const { limit: _l, offset: _o, ...filter } = query;
    return mapPage(await this.organisations.list(actor, filter, pageRequest(query)), mapOrganisation);
  }

  /**
   * An organisation's profile
   *
   * @remarks Applicants see only their own organisations (others answer 404); Sfk staff see all.
   */
  @Get(':id')
  async get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<OrganisationResponse> {
    return mapOrganisation(await this.organisations.get(actor, id));
  }

  /**
   * Update the organisation's profile
   *
   * @remarks Members of the organisation only (403 otherwise). Send the version you read (409 stale-version
   * otherwise). The account number must pass MOD11 and the municipality number must belong to a county
   * (422). A changed bank account becomes unverified, and nothing is paid to the organisation until Sfk
   * verifies it.
   */
  @ApiProblems(409, 422)
  @Patch(':id')
  @IdBodyActor()
  async update(id: string, body: UpdateOrganisationRequest, actor: Actor): Promise<OrganisationResponse> {
    const { version, ...changes } = body;
    return mapOrganisation(await this.organisations.update(actor, id, version, changes));
  }

  /**
   * The organisation's members and who may sign
   *
   * @remarks Members of the organisation and Sfk staff; others get 404.
   */
  @Get(':id/members')
  async members(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<MemberResponse[]> {
    return this.organisations.members(actor, id);
  }

  /**
   * Add a member to the organisation
   *
   * @remarks A signatory of the organisation adds a colleague who already has an applicant account (optionally as
   * a signatory too); the e-mail must belong to such an account (422) and not be a member already (409).
   */
  @ApiProblems(409, 422)
  @Post(':id/members')
  @IdBodyActor()
  async addMember(id: string, body: AddMemberRequest, actor: Actor): Promise<MemberResponse[]> {
    await this.organisations.addMember(actor, id, body.email, body.signatory ?? false);
    return this.organisations.members(actor, id);
  }

  /**
   * Give or take a member's signing rights
   *
   * @remarks Signatories only. The organisation's last signatory keeps the rights (409 invalid-state).
   */
  @ApiProblems(400, 409)
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

  /**
   * Remove a member, or leave the organisation
   *
   * @remarks A signatory removes a member, or a member removes themselves; never the last signatory (409). Takes
   * effect at once: the former member no longer sees the organisation's applications.
   */
  @ApiProblems(409)
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
   * Record register information (bankruptcy, liquidation, Frivillighetsregisteret)
   *
   * @remarks Caseworkers and admins. Sfk records bankruptcy or liquidation from Enhetsregisteret (payments check
   * these flags and stop) and registration in Frivillighetsregisteret (screening checks it where the
   * scheme requires it). Send the version you read (409 stale-version otherwise). Recorded in the audit
   * trail.
   */
  @ApiProblems(409)
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
