import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUuid } from '@app/grants';
import { APP_CONFIG, AppConfig } from '@app/platform';
import { createSecretKey, KeyObject } from 'node:crypto';

export interface VerifiedToken {
  /** Our user id. With an OIDC issuer this is the id the subject maps to. */
  userId: string;
  /**
   * The user's credential version when the login was made (claim `cv`). The guard compares it with the user's
   * current one on every request: a changed or reset password, a deactivation or a removed role raises it and
   * ends the login. A browser session records the same number when it is made.
   */
  credentialVersion: number;
}

/**
 * Checks bearer tokens. Local accounts sign HS256 tokens here; an OIDC issuer (ID-porten, Entra ID)
 * replaces this class with one that verifies against the issuer's JWKS and maps the subject to a user.
 */
export abstract class TokenVerifier {
  abstract verify(token: string): Promise<VerifiedToken | null>;
}

const MAX_VERIFIED_TOKENS = 10_000;

/** A token may claim to be issued at most this far in the future (clocks of replicas differ a little). */
const CLOCK_SKEW_SECONDS = 60;

/** The claims a token must carry, each of the right type; anything else is refused (see verify). */
interface Claims {
  sub: string;
  iss: string;
  aud: string | string[];
  iat: number;
  exp: number;
  cv: number;
}

function hasRequiredClaims(payload: Record<string, unknown>): payload is Claims & Record<string, unknown> {
  return (
    typeof payload.sub === 'string' &&
    isUuid(payload.sub) &&
    Number.isInteger(payload.iat) &&
    Number.isInteger(payload.exp) &&
    (payload.exp as number) > (payload.iat as number) &&
    Number.isInteger(payload.cv) &&
    (payload.cv as number) >= 1
  );
}

@Injectable()
export class LocalTokenService extends TokenVerifier {
  /**
   * The secret as a key object: given a string, jsonwebtoken first tries to parse it as a public key on
   * every verification, which cost a fifth of the API's CPU under load (bench/RESULTS.md).
   */
  private readonly key: KeyObject;
  /**
   * Tokens this process has verified, until their expiry: a token string verifies the same way every time until
   * it expires (the signature covers every claim), so a hit only checks the expiry. Saves the HMAC and two JSON
   * parses per request. Only tokens that passed every check (signature, issuer, audience, `sub`, `iat`, `exp`,
   * `cv`) are kept, with their claims. Whether the login is still valid (its credential version) and the user
   * may still act is checked per request in the database, never here.
   */
  private readonly verified = new Map<string, { token: VerifiedToken; expiresAtMs: number }>();

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
  }

  /** A bearer token for the user under their current credential version. */
  issue(userId: string, credentialVersion: number): { accessToken: string; expiresIn: number } {
    const { jwtIssuer, jwtAudience, tokenTtlSeconds } = this.config.auth;
    const accessToken = this.jwt.sign(
      { cv: credentialVersion },
      {
        subject: userId,
        issuer: jwtIssuer,
        audience: jwtAudience,
        expiresIn: tokenTtlSeconds,
        secret: this.key as unknown as string,
        algorithm: 'HS256',
      },
    );
    return { accessToken, expiresIn: tokenTtlSeconds };
  }

  /**
   * The token's subject and credential version, or null. Required: a valid HS256 signature, `iss` and `aud` as
   * configured, `sub` a user id, `iat` (not in the future), `exp` (not passed) and `cv`. jsonwebtoken checks
   * `exp` only when it is there and never requires `iat`, so a signed token without them would never expire.
   */
  async verify(token: string): Promise<VerifiedToken | null> {
    const now = Date.now();
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAtMs > now) return known.token;
      this.verified.delete(token);
    }
    const { jwtIssuer, jwtAudience } = this.config.auth;
    let payload: Record<string, unknown>;
    try {
      payload = await this.jwt.verifyAsync<Record<string, unknown>>(token, {
        issuer: jwtIssuer,
        audience: jwtAudience,
        secret: this.key as unknown as string,
        algorithms: ['HS256'],
      });
    } catch {
      return null;
    }
    // Issuer and audience were checked by jsonwebtoken, which refuses a token that lacks them.
    if (!hasRequiredClaims(payload)) return null;
    if (payload.exp * 1000 <= now || payload.iat > now / 1000 + CLOCK_SKEW_SECONDS) return null;
    const verified: VerifiedToken = { userId: payload.sub, credentialVersion: payload.cv };
    if (this.verified.size >= MAX_VERIFIED_TOKENS) this.verified.clear();
    this.verified.set(token, { token: verified, expiresAtMs: payload.exp * 1000 });
    return verified;
  }
}
