import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Actor, Role, SessionInfo } from '@app/grants';

export const IS_PUBLIC = 'auth:public';
export const REQUIRED_ROLES = 'auth:roles';

/** Open without login (public round list, health, login). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export interface RequestWithActor {
  actor?: Actor;
  /** The browser session the request came with (cookie), when it was not a bearer token. */
  browserSession?: SessionInfo;
}

/** The authenticated actor, resolved by the AuthGuard. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without authentication');
  return actor;
});
