import { createHash, createHmac, hkdfSync, randomUUID } from 'node:crypto';
import { AccountTokenPurpose } from './account-token.entity';

/**
 * One-time account tokens (password reset, e-mail confirmation) are 32 bytes, sent base64url-encoded (43
 * characters), and stored only as their SHA-256.
 *
 * The e-mail goes out through the outbox, possibly minutes later and possibly more than once (a retry), from the
 * worker; the token must not sit in the database in the clear meanwhile. So the token is not kept anywhere: it is
 * HMAC-SHA256 over the row's random id under a key derived (HKDF) from AUTH_JWT_SECRET, and the worker computes
 * it again when it writes the e-mail. Without the secret, the database (ids and hashes) gives no token; with the
 * secret an attacker could sign bearer tokens anyway, so this adds nothing to what that secret already guards.
 */
export class AccountTokenKeys {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(
      hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), 'tilskudd account tokens v1', 32),
    );
  }

  /** A fresh row id, the token the e-mail carries for it and the hash to store. */
  create(purpose: AccountTokenPurpose): { id: string; token: string; hash: Buffer } {
    const id = randomUUID();
    const token = this.tokenFor(purpose, id);
    return { id, token, hash: hashAccountToken(token)! };
  }

  /** The token of row `id` (the same every time, so a resent e-mail carries the same link). */
  tokenFor(purpose: AccountTokenPurpose, id: string): string {
    return createHmac('sha256', this.key).update(`${purpose}:${id}`).digest('base64url');
  }
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** SHA-256 of a token as sent (43 base64url characters = 32 bytes); null for anything that is not such a token. */
export function hashAccountToken(token: string): Buffer | null {
  if (!TOKEN_PATTERN.test(token)) return null;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== 32) return null;
  return createHash('sha256').update(bytes).digest();
}
