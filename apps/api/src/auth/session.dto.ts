import { ApiProperty } from '@nestjs/swagger';
import { SessionAuthMethod } from '@app/grants';
import { MeResponse } from './auth.dto';

/** The browser's session: who is logged in, the CSRF token to send, and when the session ends. */
export class SessionResponse {
  /** The logged-in user, as GET /api/me answers. */
  user!: MeResponse;

  /** Send it as the X-CSRF-Token header with every request that changes something (not GET, HEAD, OPTIONS). */
  csrfToken!: string;

  /** The session ends here unless it is used before (each request moves it forward, never past the absolute end). */
  @ApiProperty({ type: String, format: 'date-time' })
  idleExpiresAt!: string;

  /** The session ends here whatever happens (SESSION_ABSOLUTE_HOURS after the login). */
  @ApiProperty({ type: String, format: 'date-time' })
  absoluteExpiresAt!: string;

  /** How the user logged in. */
  @ApiProperty({ enum: SessionAuthMethod, enumName: 'SessionAuthMethod' })
  authMethod!: SessionAuthMethod;
}
