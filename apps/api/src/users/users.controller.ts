import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, Role, UsersService } from '@app/grants';
import { MeResponse, UserResponse } from '../auth/auth.dto';
import { IdBodyActor } from '../common/case-step';
import { CurrentActor, Roles } from '../auth/decorators';
import { mapPage, pageRequest } from '../common/page.dto';
import { mapUser } from './user.mapper';
import { CreateUserRequest, UpdateUserRequest, UserListQuery, UserPage } from './users.dto';
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';

/** Admin manages users and their roles. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@ApiProblems(...AUTHENTICATED)
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /**
   * List users (admin)
   *
   * @remarks Admin only. Filter by role, active flag and a search in name and e-mail; paged (limit, offset).
   */
  @Get()
  async list(@Query() query: UserListQuery): Promise<UserPage> {
    const page = await this.users.listUsers(
      { role: query.role, q: query.q, active: query.active },
      pageRequest(query),
    );
    return mapPage(page, mapUser);
  }

  /**
   * Create a staff or applicant user (admin)
   *
   * @remarks Admin only. The e-mail address must be unique (409 duplicate); the initial password must follow the
   * password policy (422). The creation is recorded in the audit trail.
   */
  @ApiProblems(400, 409, 422)
  @Post()
  async create(@Body() body: CreateUserRequest, @CurrentActor() actor: Actor): Promise<UserResponse> {
    return mapUser(await this.users.createUser(body, actor));
  }

  /**
   * A user with roles and organisations (admin)
   *
   * @remarks Admin only.
   */
  @Get(':id')
  async get(@Param('id') id: string): Promise<MeResponse> {
    const { user, organisations } = await this.users.getUser(id);
    return { ...mapUser(user), organisations };
  }

  /**
   * Change a user's name, roles or active flag (admin)
   *
   * @remarks Admin only. Send the version you read (409 stale-version otherwise). Admins cannot remove their own
   * admin role or deactivate themselves. Setting the password, deactivating the user or taking a role away ends
   * every login of the user. Recorded in the audit trail.
   */
  @ApiProblems(409, 422)
  @Patch(':id')
  @IdBodyActor()
  async update(id: string, body: UpdateUserRequest, actor: Actor): Promise<UserResponse> {
    const { version, ...changes } = body;
    return mapUser(await this.users.updateUser(id, version, changes, actor));
  }
}
