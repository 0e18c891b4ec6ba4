import { User } from '@app/grants';
import { UserResponse } from '../auth/auth.dto';
import { pick } from '../common/mapping';

/** Explicit mapping: the password hash and anything else internal never leaves the API. */
export function mapUser(user: User): UserResponse {
  return {
    ...pick(user, 'id', 'email', 'name', 'roles', 'active', 'version'),
    createdAt: user.createdAt.toISOString(),
  };
}
