import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@app/platform';
import { createSecretKey, KeyObject } from 'node:crypto';

export interface VerifiedToken {
  /** Our user id. With an OIDC issuer this is the id the subject maps to. */
  userId: string;
}

/**
 * Checks bearer tokens. Local accounts sign HS256 tokens here; an OIDC issuer (ID-porten, Entra ID)
 * replaces this class with one that verifies against the issuer's JWKS and maps the subject to a user.
 */
export abstract class TokenVerifier {
  abstract verify(token: string): Promise<VerifiedToken | null>;
}

const MAX_VERIFIED_TOKENS = 10_000;

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
   * parses per request. Bounded; whether the user may still act is checked per request (the actor).
   */
  private readonly verified = new Map<string, { userId: string; expiresAtMs: number }>();

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
  }

  issue(userId: string): { accessToken: string; expiresIn: number } {
    const { jwtIssuer, jwtAudience, tokenTtlSeconds } = this.config.auth;
    const accessToken = this.jwt.sign(
      {},
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

  async verify(token: string): Promise<VerifiedToken | null> {
    const now = Date.now();
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAtMs > now) return { userId: known.userId };
      this.verified.delete(token);
    }
    const { jwtIssuer, jwtAudience } = this.config.auth;
    let payload: { sub?: string; exp?: number };
    try {
      payload = await this.jwt.verifyAsync<{ sub?: string; exp?: number }>(token, {
        issuer: jwtIssuer,
        audience: jwtAudience,
        secret: this.key as unknown as string,
        algorithms: ['HS256'],
      });
    } catch {
      return null;
    }
    if (!payload.sub) return null;
    if (typeof payload.exp === 'number') {
      if (this.verified.size >= MAX_VERIFIED_TOKENS) this.verified.clear();
      this.verified.set(token, { userId: payload.sub, expiresAtMs: payload.exp * 1000 });
    }
    return { userId: payload.sub };
  }
}
