import {
  ClamdAddress,
  clamdAddress,
  ConfigError,
  Env,
  int,
  oneOf,
  pattern,
  RateLimit,
  rateLimit,
  str,
  trustedProxies,
  url,
  withUser,
} from './env-values';
import { resolve as resolvePath } from 'node:path';

export { clamdAddress, ConfigError } from './env-values';
export type { ClamdAddress, RateLimit } from './env-values';

/**
 * One typed configuration for both processes, read from the environment once at start-up.
 * A missing or malformed value stops the process with one line that names the variable.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  /**
   * The application's role (API, worker, seed): owns nothing, is not a superuser, may only INSERT and
   * SELECT the audit trail. See libs/platform/src/database/roles.ts.
   */
  databaseUrl: string;
  /** The role that owns the schema: migrations and the migration check run as it. */
  databaseOwnerUrl: string;
  /**
   * A superuser connection that creates the two roles and the database (npm start, CI, tests); null in
   * production unless DATABASE_ADMIN_URL is set, where the roles are created by whoever runs PostgreSQL.
   */
  databaseAdminUrl: string | null;
  /** Connections per process. PostgreSQL does most with a few per core; more only queue inside it. */
  databasePoolSize: number;
  /** Bounds on waiting for a connection and on a statement (database.module.ts). */
  databaseTimeouts: { connectMs: number; statementMs: number };
  redisUrl: string;
  /** BullMQ key prefix; tests use their own so they never touch a running system's queues. */
  queuePrefix: string;
  smtpUrl: string;
  mailFrom: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /**
   * The OpenAPI document and Swagger UI at /api/docs: `public` (anyone may read them) or `off` (404, as any unknown
   * path). Off by default in production, where nobody needs a map of every endpoint and parameter served to
   * whoever asks; the document is in the repository (openapi.json) for those who build against the API.
   */
  apiDocs: 'public' | 'off';
  auth: {
    jwtSecret: string;
    jwtIssuer: string;
    jwtAudience: string;
    tokenTtlSeconds: number;
    /** Login throttling (apps/api/src/auth/login-throttle.service.ts, docs/decisions.md "Security: login throttling…"). */
    login: LoginLimits;
    /** How long a password-reset link in an e-mail works. */
    passwordResetTtlSeconds: number;
    /** How long the link that confirms a self-registered account's e-mail address works. */
    emailConfirmationTtlSeconds: number;
    /** Browser sessions (apps/api/src/auth/session.service.ts): a cookie for a session kept in PostgreSQL. */
    session: SessionConfig;
  };
  /**
   * The built web application (issue 18), served by the API at `/` on the same origin: a directory with index.html
   * and assets/. An absolute path (a relative WEB_ROOT is taken from the working directory).
   */
  webRoot: string;
  /**
   * Client addresses (IPs, CIDR ranges or proxy-addr's names `loopback`, `linklocal`, `uniquelocal`) whose
   * X-Forwarded-For the API believes: the reverse proxies in front of it. Empty: the TCP peer is the client.
   */
  trustProxy: string[];
  /** Limits on anonymous endpoints that send e-mail or do expensive work (apps/api/src/auth/rate-limits.service.ts). */
  rateLimits: {
    registerAddress: RateLimit;
    registerClient: RateLimit;
    registerGlobal: RateLimit;
    passwordResetAddress: RateLimit;
    passwordResetClient: RateLimit;
    publicExportClient: RateLimit;
  };
  /** Where users reach the service (the web application); links in account e-mails start with it. */
  publicBaseUrl: string;
  worker: {
    heartbeatSeconds: number;
  };
  rounds: {
    /** Days a call must be public before its deadline (DOMAIN.md §2: 6 weeks); less needs a recorded reason. */
    minimumNoticeDays: number;
  };
  /** Durable side effects (letters, e-mails): see OutboxWorkService. */
  delivery: {
    /** How long a worker holds a side effect it is doing; a crashed worker's lease runs out after this. */
    leaseSeconds: number;
    /** First retry after a temporary failure; each further retry waits twice as long, up to the maximum. */
    retryBaseSeconds: number;
    retryMaxDelaySeconds: number;
    /** Temporary failures are retried for this long from the first attempt; then the side effect has failed. */
    retryWindowSeconds: number;
    /** Health reports side effects still open this long after they were asked for. */
    stuckAfterSeconds: number;
  };
  /** The paying account in payment files (pain.001 debtor). Required in production. */
  payments: {
    debtorName: string;
    /** BBAN, 11 digits (MOD11 checked where payments start). */
    debtorAccount: string;
    debtorBic: string;
    /** Organisasjonsnummer of the agency: the initiating party. */
    debtorOrganisationNumber: string;
    /** Disbursements above this amount (øre) need an extra control by a second person (DOMAIN.md §2, DFØ). */
    extraControlAboveOre: number;
  };
  statistics: {
    /** Figures about people from 1 to this many show as "≤limit", with secondary suppression (DOMAIN.md §2, §5). */
    smallCellLimit: number;
  };
  /** Virus scanning of uploads with ClamAV's daemon (libs/platform/src/scanning). */
  virusScan: VirusScanConfig;
  /** Limits on a JSON request body, checked while it is parsed (apps/api/src/common/json-limits.ts). */
  requestLimits: {
    /** Objects and lists inside each other; the deepest body the API takes today has 3 levels. */
    jsonMaxDepth: number;
    /** Keys and list elements of the whole body together; a full application with every list at its maximum ~1 300. */
    jsonMaxItems: number;
  };
}

export interface SessionConfig {
  /** A session nobody used for this long has ended (each request with it moves the end forward). */
  idleMinutes: number;
  /** A session ends this long after the login, used or not. */
  absoluteHours: number;
  /**
   * The cookie's name: `__Host-tilskudd_session` in production (the browser then insists on Secure, Path=/ and no
   * Domain), `tilskudd_session` elsewhere (plain http on a development machine).
   */
  cookieName: string;
  /** Secure cookie (https only): in production. */
  secureCookie: boolean;
}

export interface LoginLimits {
  /** Consecutive failed logins for one account from one client address before that client is held back. */
  maxFailures: number;
  /** How long a client is held back for the account it failed on. */
  lockSeconds: number;
  /** Failed logins from one client address, all accounts together; then the client is held back. */
  clientLimit: RateLimit;
  /** Failed logins for one account from all clients together; then the account is slowed (never locked). */
  accountLimit: RateLimit;
  /** A slowed account takes one attempt per this many seconds from clients it does not know. */
  slowSeconds: number;
  /** A client address that logged in to an account is known to it this long (0: no client is known). */
  knownClientDays: number;
}

export type VirusScanConfig =
  | {
      /** CLAMAV=on (the default): every upload is scanned by clamd; no answer means the upload is refused. */
      enabled: true;
      clamd: ClamdAddress;
      /** Longest wait for clamd's verdict on one file; then the upload is refused (503). */
      timeoutMs: number;
    }
  | {
      /** CLAMAV=off: uploads are stored without a scan (environments without ClamAV); start-up and health say so. */
      enabled: false;
    };

/** The project's own clamd (`npm run clamd`, `npm start`, the tests): a socket under var/ of the working directory. */
export const DEFAULT_CLAMAV_URL = 'unix:var/clamav/clamd.sock';

const DEV_JWT_SECRET = 'tilskudd-development-secret-not-for-production-use';

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', 'development', ['development', 'test', 'production'] as const);
  const production = nodeEnv === 'production';
  const jwtSecret = str(env, 'AUTH_JWT_SECRET', production ? undefined : DEV_JWT_SECRET);
  if (jwtSecret.length < 32) throw new ConfigError('AUTH_JWT_SECRET', 'must be at least 32 characters');
  if (production && jwtSecret === DEV_JWT_SECRET) {
    throw new ConfigError('AUTH_JWT_SECRET', 'must not be the development default in production');
  }
  const pg = ['postgres:', 'postgresql:'];
  const databaseUrl = url(env, 'DATABASE_URL', 'postgres://tilskudd_app@127.0.0.1:5432/tilskudd', pg);
  return {
    nodeEnv,
    port: int(env, 'PORT', 3000, 1, 65535),
    databaseUrl,
    // Unless given, the owner and the superuser are reached where DATABASE_URL points, without a password
    // (trust on a development machine); docker-compose and production set them.
    databaseOwnerUrl: url(env, 'DATABASE_OWNER_URL', withUser(databaseUrl, 'tilskudd_owner'), pg),
    databaseAdminUrl:
      production && !env.DATABASE_ADMIN_URL
        ? null
        : url(env, 'DATABASE_ADMIN_URL', withUser(databaseUrl, 'postgres', 'postgres'), pg),
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 10, 2, 200),
    databaseTimeouts: {
      connectMs: int(env, 'DATABASE_CONNECT_TIMEOUT_MS', 5000, 100, 60000),
      statementMs: int(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 15000, 100, 600000),
    },
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    queuePrefix: str(env, 'QUEUE_PREFIX', 'tilskudd'),
    smtpUrl: url(env, 'SMTP_URL', 'smtp://127.0.0.1:1025', ['smtp:', 'smtps:']),
    mailFrom: str(env, 'MAIL_FROM', 'Sekretariatet for konfliktrådene <tilskudd@konfliktraadet.no>'),
    logLevel: oneOf(env, 'LOG_LEVEL', nodeEnv === 'test' ? 'warn' : 'info', [
      'debug',
      'info',
      'warn',
      'error',
    ] as const),
    apiDocs: oneOf(env, 'API_DOCS', production ? 'off' : 'public', ['public', 'off'] as const),
    auth: readAuth(env, jwtSecret, production),
    webRoot: resolvePath(str(env, 'WEB_ROOT', 'dist/web')),
    trustProxy: trustedProxies(env),
    rateLimits: readRateLimits(env),
    worker: {
      heartbeatSeconds: int(env, 'WORKER_HEARTBEAT_SECONDS', 10, 1, 300),
    },
    rounds: {
      minimumNoticeDays: int(env, 'ROUND_MINIMUM_NOTICE_DAYS', 42, 0, 365),
    },
    delivery: readDelivery(env),
    payments: readPayments(env, production),
    statistics: {
      smallCellLimit: int(env, 'STATISTICS_SMALL_CELL_LIMIT', 5, 2, 100),
    },
    virusScan: readVirusScan(env),
    // Links in e-mails must reach the real service: no default in production.
    publicBaseUrl: url(env, 'PUBLIC_BASE_URL', production ? undefined : 'http://127.0.0.1:3000', [
      'http:',
      'https:',
    ]).replace(/\/+$/, ''),
    requestLimits: {
      jsonMaxDepth: int(env, 'REQUEST_JSON_MAX_DEPTH', 16, 4, 256),
      jsonMaxItems: int(env, 'REQUEST_JSON_MAX_ITEMS', 10_000, 1_000, 1_000_000),
    },
  };
}

function readAuth(env: Env, jwtSecret: string, production: boolean): AppConfig['auth'] {
  return {
    jwtSecret,
    jwtIssuer: str(env, 'AUTH_JWT_ISSUER', 'tilskudd'),
    jwtAudience: str(env, 'AUTH_JWT_AUDIENCE', 'tilskudd-api'),
    tokenTtlSeconds: int(env, 'AUTH_TOKEN_TTL_SECONDS', 3600, 60, 86400),
    login: {
      maxFailures: int(env, 'AUTH_LOGIN_MAX_FAILURES', 5, 1, 100),
      lockSeconds: int(env, 'AUTH_LOGIN_LOCK_SECONDS', 900, 1, 86400),
      clientLimit: rateLimit(env, 'AUTH_LOGIN_CLIENT_LIMIT', '100/86400'),
      accountLimit: rateLimit(env, 'AUTH_LOGIN_ACCOUNT_LIMIT', '50/86400'),
      slowSeconds: int(env, 'AUTH_LOGIN_SLOW_SECONDS', 30, 1, 3600),
      knownClientDays: int(env, 'AUTH_LOGIN_KNOWN_CLIENT_DAYS', 90, 0, 365),
    },
    passwordResetTtlSeconds: int(env, 'AUTH_PASSWORD_RESET_TTL_SECONDS', 1800, 60, 86400),
    emailConfirmationTtlSeconds: int(env, 'AUTH_EMAIL_CONFIRMATION_TTL_SECONDS', 86400, 300, 7 * 86400),
    session: {
      idleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
      absoluteHours: int(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 7 * 24),
      cookieName: production ? '__Host-tilskudd_session' : 'tilskudd_session',
      secureCookie: production,
    },
  };
}

function readRateLimits(env: Env): AppConfig['rateLimits'] {
  return {
    registerAddress: rateLimit(env, 'RATE_LIMIT_REGISTER_ADDRESS', '3/86400'),
    registerClient: rateLimit(env, 'RATE_LIMIT_REGISTER_CLIENT', '10/3600'),
    registerGlobal: rateLimit(env, 'RATE_LIMIT_REGISTER_GLOBAL', '200/3600'),
    passwordResetAddress: rateLimit(env, 'RATE_LIMIT_PASSWORD_RESET_ADDRESS', '3/3600'),
    passwordResetClient: rateLimit(env, 'RATE_LIMIT_PASSWORD_RESET_CLIENT', '10/3600'),
    publicExportClient: rateLimit(env, 'RATE_LIMIT_PUBLIC_EXPORT_CLIENT', '60/60'),
  };
}

function readDelivery(env: Env): AppConfig['delivery'] {
  return {
    leaseSeconds: int(env, 'DELIVERY_LEASE_SECONDS', 300, 2, 3600),
    retryBaseSeconds: int(env, 'DELIVERY_RETRY_BASE_SECONDS', 30, 1, 3600),
    retryMaxDelaySeconds: int(env, 'DELIVERY_RETRY_MAX_DELAY_SECONDS', 3600, 1, 86400),
    retryWindowSeconds: int(env, 'DELIVERY_RETRY_WINDOW_SECONDS', 86400, 10, 7 * 86400),
    stuckAfterSeconds: int(env, 'DELIVERY_STUCK_AFTER_SECONDS', 3600, 10, 7 * 86400),
  };
}

/** Development defaults are DOMAIN.md test vectors, not real accounts; production must set its own. */
function readPayments(env: Env, production: boolean): AppConfig['payments'] {
  return {
    debtorName: str(env, 'PAYMENT_DEBTOR_NAME', 'Sekretariatet for konfliktrådene'),
    debtorAccount: pattern(
      env,
      'PAYMENT_DEBTOR_ACCOUNT',
      production ? undefined : '86011117947',
      /^\d{11}$/,
      '11 digits (kontonummer)',
    ),
    debtorBic: pattern(
      env,
      'PAYMENT_DEBTOR_BIC',
      production ? undefined : 'DNBANOKKXXX',
      /^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$/,
      'a BIC like DNBANOKKXXX',
    ),
    debtorOrganisationNumber: pattern(
      env,
      'PAYMENT_DEBTOR_ORGANISATION_NUMBER',
      production ? undefined : '988077917',
      /^\d{9}$/,
      '9 digits (organisasjonsnummer)',
    ),
    // Whole kroner in the environment (NOK 1 000 000 by default), øre inside like every amount.
    extraControlAboveOre: int(env, 'PAYMENT_EXTRA_CONTROL_ABOVE_NOK', 1_000_000, 1, 1_000_000_000) * 100,
  };
}

function readVirusScan(env: Env): AppConfig['virusScan'] {
  return oneOf(env, 'CLAMAV', 'on', ['on', 'off'] as const) === 'off'
    ? { enabled: false }
    : {
        enabled: true,
        clamd: clamdAddress(str(env, 'CLAMAV_URL', DEFAULT_CLAMAV_URL)),
        timeoutMs: int(env, 'CLAMAV_TIMEOUT_MS', 15000, 100, 300000),
      };
}

/** Loads the configuration or stops the process with one clear line. */
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

/** Injection token; the value is an AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
