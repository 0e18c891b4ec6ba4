import { createHash } from 'node:crypto';
import { AccountTokenPurpose } from './account-token.entity';
import { AccountTokenKeys, hashAccountToken } from './account-tokens';

const keys = new AccountTokenKeys('a test secret that is long enough for HS256 use');

describe('one-time account tokens', () => {
  it('are 32 bytes (43 base64url characters), stored as the SHA-256 of those bytes', () => {
    const { id, token, hash } = keys.create(AccountTokenPurpose.PasswordReset);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hash).toEqual(createHash('sha256').update(Buffer.from(token, 'base64url')).digest());
    expect(hashAccountToken(token)).toEqual(hash);
  });

  it('are written again for the same row (a resent e-mail), and differ by row, purpose and secret', () => {
    const { id, token } = keys.create(AccountTokenPurpose.EmailConfirmation);
    expect(keys.tokenFor(AccountTokenPurpose.EmailConfirmation, id)).toBe(token);
    expect(keys.tokenFor(AccountTokenPurpose.PasswordReset, id)).not.toBe(token);
    expect(keys.create(AccountTokenPurpose.EmailConfirmation).token).not.toBe(token);
    const other = new AccountTokenKeys('another secret, as long as the first one is');
    expect(other.tokenFor(AccountTokenPurpose.EmailConfirmation, id)).not.toBe(token);
  });

  it.each(['', 'short', 'x'.repeat(44), `${'A'.repeat(42)}=`, `${'A'.repeat(42)}+`])(
    'gives no hash for %j, which is no token',
    (value) => {
      expect(hashAccountToken(value)).toBeNull();
    },
  );
});
