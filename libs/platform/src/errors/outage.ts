/**
 * Errors that mean a store the request needs (PostgreSQL, Redis) is down, restarting, overloaded or not
 * answering, rather than that the request or the code is wrong. The API answers them with 503 and
 * Retry-After instead of a 500 with a stack in the log.
 */

/** How long a client should wait before trying again after an outage answer. */
export const OUTAGE_RETRY_AFTER_SECONDS = 10;

/** Raised where the code itself gives up waiting for a store (see `withTimeout`). */
export class StoreUnavailableError extends Error {
  constructor(
    readonly store: 'database' | 'redis',
    message: string,
  ) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

// PostgreSQL SQLSTATEs: class 08 (connection exception) is matched by prefix.
const POSTGRES_CODES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, in recovery)
  '53300', // too_many_connections
  '57014', // query_canceled: our statement_timeout
]);

// Messages of node-postgres, pg-pool and ioredis errors that carry no code.
const MESSAGES = [
  /timeout exceeded when trying to connect/i, // pg-pool: no connection within connectionTimeoutMillis
  /connection terminated/i, // pg: the server went away (or the connection timed out)
  /query read timeout/i, // pg: query_timeout
  /not queryable/i, // pg: a client whose connection failed
  /command timed out/i, // ioredis: commandTimeout
  /connection is closed/i, // ioredis
  /max retries per request/i, // ioredis MaxRetriesPerRequestError
  /stream isn't writeable/i, // ioredis with the offline queue off
];

export function isStoreOutage(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  if (error instanceof StoreUnavailableError) return true;
  const { code, message, driverError, errors, cause } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    errors?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || POSTGRES_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  if (typeof message === 'string' && MESSAGES.some((re) => re.test(message))) return true;
  // TypeORM's QueryFailedError wraps the driver's error; Node's AggregateError lists one per address tried.
  if (driverError && isStoreOutage(driverError, depth + 1)) return true;
  if (cause && isStoreOutage(cause, depth + 1)) return true;
  return Array.isArray(errors) && errors.some((e) => isStoreOutage(e, depth + 1));
}

/** Gives up on `work` after `ms`, as an outage of `store` (the work itself may still finish later). */
export async function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  store: StoreUnavailableError['store'],
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new StoreUnavailableError(store, `${store} did not answer within ${ms} ms`)),
          ms,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
