import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, Role, UsersService } from '@app/grants';
import { MeResponse, UserResponse } from '../auth/auth.dto';
import { IdBodyActor } from '../common/case-step';
import { CurrentActor, Roles } from '../auth/decorators';
import { mapPage, pageRequest } from '../common/page.dto';
import { mapUser } from './user.mapper';
import { CreateUserRequest, UpdateUserRequest, UserListQuery, UserPage } from './users.dto';

/** Admin manages users and their roles. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async list(@Query() query: UserListQuery): Promise<UserPage> {
    const page = await this.users.listUsers(
      { role: query.role, q: query.q, active: query.active },
      pageRequest(query),
    );
    return mapPage(page, mapUser);
  }

  @Post()
  async create(@Body() body: CreateUserRequest, @CurrentActor() actor: Actor): Promise<UserResponse> {
    return mapUser(await this.users.createUser(body, actor));
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<MeResponse> {
    const { user, organisations } = await this.users.getUser(id);
    return { ...mapUser(user), organisations };
  }

  @Patch(':id')
  @IdBodyActor()
  async update(id: string, body: UpdateUserRequest, actor: Actor): Promise<UserResponse> {
    const { version, ...changes } = body;
    return mapUser(await this.users.updateUser(id, version, changes, actor));
  }
}
