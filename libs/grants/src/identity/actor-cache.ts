import { Actor } from '../access/actor';

/**
 * Who a user is (roles, memberships) is read from the database and kept for a few seconds, so a request
 * costs one query less. Changes made through this process drop the entry at once; another API replica
 * sees a change within the TTL.
 */
export class ActorCache {
  private readonly entries = new Map<string, { actor: Actor | null; expires: number }>();

  constructor(
    private readonly ttlMs = 5000,
    private readonly maxEntries = 10_000,
  ) {}

  get(userId: string, now = Date.now()): Actor | null | undefined {
    const entry = this.entries.get(userId);
    if (!entry) return undefined;
    if (entry.expires <= now) {
      this.entries.delete(userId);
      return undefined;
    }
    return entry.actor;
  }

  set(userId: string, actor: Actor | null, now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(userId, { actor, expires: now + this.ttlMs });
  }

  invalidate(userId: string): void {
    this.entries.delete(userId);
  }
}
