import { Inject, Injectable, Logger } from '@nestjs/common';
import { LoginNoticeKind, LoginNoticesService } from '@app/grants';
import { APP_CONFIG, AppConfig, LoginLimits, REDIS } from '@app/platform';
import Redis from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import {
  consumeOrRefusal,
  hashKey,
  limiterFor,
  normaliseEmail,
  orUnavailable,
  rateLimited,
} from './rate-limits.service';

/** One login attempt, from `begin` to `failed` or `succeeded`. */
export interface LoginAttempt {
  email: string;
  /** Hashes: the account, the client address, and the pair of both. */
  account: string;
  client: string;
  pair: string;
  /** This client has logged in to this account before (within AUTH_LOGIN_KNOWN_CLIENT_DAYS). */
  known: boolean;
}

const HELD_BACK = 'For mange mislykkede innloggingsforsøk. Vent litt og prøv igjen.';
const CLIENT_HELD_BACK =
  'For mange mislykkede innloggingsforsøk fra denne adressen. Prøv igjen senere, eller fra et annet nettverk.';
const SLOWED =
  'Det har vært mange mislykkede innloggingsforsøk på denne kontoen, så den tar bare imot ett forsøk om gangen ' +
  'fra nye steder. Vent litt og prøv igjen.';

/**
 * Login throttling in Redis, shared by every API replica: rate-limiter-flexible's "login endpoint protection"
 * (counting failures, not requests), with a per-account limit that slows instead of locking. The client is the
 * trusted client address (TRUST_PROXY). Counted on every failed login, whether or not the account exists, so the
 * answers reveal nothing about which accounts exist:
 *
 * 1. consecutive failures per (account, client): after AUTH_LOGIN_MAX_FAILURES that client is held back for that
 *    account for AUTH_LOGIN_LOCK_SECONDS, even with the right password (429); a successful login resets it. An
 *    attacker's failures hold back the attacker's client only, never the owner's;
 * 2. failures per client address, all accounts together (slow brute force, credential stuffing): over
 *    AUTH_LOGIN_CLIENT_LIMIT the client is held back until the window ends;
 * 3. failures per account, all clients together (an attack from many addresses): over AUTH_LOGIN_ACCOUNT_LIMIT the
 *    account is slowed, not locked, for the rest of the window: clients it does not know get one attempt per
 *    AUTH_LOGIN_SLOW_SECONDS between them (429 with a Retry-After of at most that).
 *
 * A known client (one that logged in to the account within AUTH_LOGIN_KNOWN_CLIENT_DAYS) is exempt from 2 and 3:
 * the approver at her usual desk logs in as always while her account is attacked. The owner is told by e-mail (the
 * outbox) once per lock window when a client is held back and once per account window when the account is slowed.
 * Redis down: 503, never a pass (fails closed).
 */
@Injectable()
export class LoginThrottleService {
  private readonly logger = new Logger('LoginThrottle');
  private readonly limits: LoginLimits;
  private readonly pairFailures: RateLimiterRedis;
  private readonly clientFailures: RateLimiterRedis;
  private readonly accountFailures: RateLimiterRedis;
  private readonly slowLane: RateLimiterRedis;
  private readonly notices: Record<LoginNoticeKind, RateLimiterRedis>;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly loginNotices: LoginNoticesService,
  ) {
    this.limits = config.auth.login;
    const { maxFailures, lockSeconds, clientLimit, accountLimit, slowSeconds } = this.limits;
    // Consecutive failures are remembered for the account window, or until a success or a lock ends them.
    this.pairFailures = limiterFor(redis, 'login:fail:pair', {
      points: maxFailures,
      seconds: accountLimit.seconds,
    });
    this.clientFailures = limiterFor(redis, 'login:fail:client', clientLimit);
    this.accountFailures = limiterFor(redis, 'login:fail:account', accountLimit);
    this.slowLane = limiterFor(redis, 'login:slow', { points: 1, seconds: slowSeconds });
    this.notices = {
      locked: limiterFor(redis, 'login:notice:locked', { points: 1, seconds: lockSeconds }),
      slowed: limiterFor(redis, 'login:notice:slowed', { points: 1, seconds: accountLimit.seconds }),
    };
  }

  /** Before the password is checked: 429 when this client may not try this account now. */
  async begin(email: string, client: string): Promise<LoginAttempt> {
    const account = hashKey(normaliseEmail(email));
    const attempt = {
      email,
      account,
      client: hashKey(client),
      pair: hashKey(normaliseEmail(email), client),
    };
    const [pair, fromClient, onAccount, known] = await orUnavailable(() =>
      Promise.all([
        this.pairFailures.get(attempt.pair),
        this.clientFailures.get(attempt.client),
        this.accountFailures.get(attempt.account),
        this.redis.exists(knownKey(attempt.pair)),
      ]),
    );
    // A held-back pair was blocked with one point more than the limit (rate-limiter-flexible's block()).
    if (pair && pair.consumedPoints > this.limits.maxFailures)
      throw rateLimited(HELD_BACK, pair.msBeforeNext);
    const isKnown = known === 1;
    if (!isKnown) {
      if (fromClient && fromClient.consumedPoints >= this.limits.clientLimit.points) {
        throw rateLimited(CLIENT_HELD_BACK, fromClient.msBeforeNext);
      }
      if (onAccount && onAccount.consumedPoints >= this.limits.accountLimit.points) {
        const refused = await consumeOrRefusal(this.slowLane, account);
        if (refused) throw rateLimited(SLOWED, refused.msBeforeNext);
      }
    }
    return { ...attempt, known: isKnown };
  }

  /** The password was wrong (or the account does not exist): counts it everywhere, and tells the owner. */
  async failed(attempt: LoginAttempt): Promise<void> {
    const [pair, , onAccount] = await orUnavailable(() =>
      Promise.all([
        this.pairFailures.penalty(attempt.pair),
        this.clientFailures.penalty(attempt.client),
        this.accountFailures.penalty(attempt.account),
      ]),
    );
    if (pair.consumedPoints >= this.limits.maxFailures) {
      await orUnavailable(() => this.pairFailures.block(attempt.pair, this.limits.lockSeconds));
      await this.notify('locked', attempt, this.limits.lockSeconds);
    }
    if (onAccount.consumedPoints >= this.limits.accountLimit.points) {
      if (onAccount.consumedPoints === this.limits.accountLimit.points) {
        this.logger.warn(`login for account ${attempt.account} slowed: ${onAccount.consumedPoints} failures`);
      }
      await this.notify('slowed', attempt, this.limits.accountLimit.seconds);
    }
  }

  /** The right password: this client's failures on the account are forgiven and the client is known to it. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    const { knownClientDays } = this.limits;
    await orUnavailable(async () => {
      await this.pairFailures.delete(attempt.pair);
      if (knownClientDays > 0)
        await this.redis.set(knownKey(attempt.pair), '1', 'EX', knownClientDays * 86400);
    });
  }

  /** At most one e-mail per kind and window (a Redis slot; the outbox dedupe key per window guards it too). */
  private async notify(kind: LoginNoticeKind, attempt: LoginAttempt, windowSeconds: number): Promise<void> {
    const limiter = this.notices[kind];
    const refused = await consumeOrRefusal(limiter, attempt.account);
    if (refused) return;
    const window = String(Math.floor(Date.now() / 1000 / windowSeconds));
    try {
      await this.loginNotices.throttled(attempt.email, kind, window);
    } catch (error) {
      // Not asked for: let the next failure try again.
      await limiter.delete(attempt.account).catch(() => undefined);
      throw error;
    }
  }
}

function knownKey(pair: string): string {
  return `login:known:${pair}`;
}
