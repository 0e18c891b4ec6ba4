import { applyDecorators, Body, HttpCode, Param, Post } from '@nestjs/common';
import type { Role } from '@app/grants';
import { CurrentActor, Roles } from '../auth/decorators';
import { ApiProblems } from './api-problems';

/**
 * A versioned case step: `POST path`, answering 200, for the given roles. The handler is called as
 * `(id, body, actor)`: the `:id` path parameter, the validated body (its type read from the handler's signature,
 * a VersionRequest or a request that extends it) and the authenticated actor. The OpenAPI document lists what every
 * step can answer besides what IdBodyActor adds: 409 for a stale version or a status the step is not allowed in.
 */
export function CaseStep(path: string, ...roles: Role[]): MethodDecorator {
  const method = roles.length ? [Roles(...roles), HttpCode(200), Post(path)] : [HttpCode(200), Post(path)];
  return applyDecorators(IdBodyActor(), ApiProblems(409), ...method);
}

/**
 * The handler is called as `(id, body, actor)`: the `:id` path parameter, the validated body (its type read from
 * the handler's signature) and the authenticated actor. Put it below the route's other decorators. The OpenAPI
 * document lists what such a route can answer: 400 for an invalid body (404 for an unknown id, as every route with
 * an id in its path: documentImpliedProblems).
 */
export function IdBodyActor(): MethodDecorator {
  return (target, key, descriptor) => {
    ApiProblems(400)(target, key, descriptor);
    // The order TypeScript applies written-out parameter decorators in (last parameter first), so the route
    // metadata and the OpenAPI document are what the three parameters written out give.
    CurrentActor()(target, key, 2);
    Body()(target, key, 1);
    Param('id')(target, key, 0);
  };
}
