import { User } from '@app/grants';
import { UserResponse } from '../auth/auth.dto';

/** Explicit mapping: the password hash and anything else internal never leaves the API. */
export function mapUser(user: User): UserResponse {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    active: user.active,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
  };
}
