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

@Injectable()
export class LocalTokenService extends TokenVerifier {
  /**
   * The secret as a key object: given a string, jsonwebtoken first tries to parse it as a public key on
   * every verification, which cost a fifth of the API's CPU under load (bench/RESULTS.md).
   */
  private readonly key: KeyObject;

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
    const { jwtIssuer, jwtAudience } = this.config.auth;
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: string }>(token, {
        issuer: jwtIssuer,
        audience: jwtAudience,
        secret: this.key as unknown as string,
        algorithms: ['HS256'],
      });
      return payload.sub ? { userId: payload.sub } : null;
    } catch {
      return null;
    }
  }
}
