import { ApiProperty } from '@nestjs/swagger';

/** The state of one component the API depends on. */
export class ComponentHealth {
  /** "up": it answered within 2 seconds; "down": it did not (see `error`). */
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';
  /**
   * How long the check took, in milliseconds (only when up).
   * @example 3
   */
  latencyMs?: number;
  /** Worker only: when a worker last handled a heartbeat job (ISO 8601, UTC); null when none has. */
  lastHeartbeatAt?: string | null;
  /**
   * Why it is down: `timeout` or `unreachable` (never the store's own message).
   * @example "timeout"
   */
  error?: string;
}

/** Letters and e-mails (the outbox) that are late or failed. */
export class DeliveriesHealth {
  /** Letters and e-mails asked for more than `stuckAfterSeconds` ago and not done yet (DELIVERY_STUCK_AFTER_SECONDS). */
  @ApiProperty({ type: 'integer' }) stuck!: number;
  /** Letters and e-mails that failed for good and wait for an admin (GET /api/admin/deliveries/failed). */
  @ApiProperty({ type: 'integer' }) failed!: number;
  /** The age in seconds after which an unfinished delivery counts as stuck (DELIVERY_STUCK_AFTER_SECONDS). */
  @ApiProperty({ type: 'integer', example: 900 }) stuckAfterSeconds!: number;
}

/** The virus scanner (clamd) every upload is scanned by. */
export class VirusScannerHealth {
  /**
   * "up": clamd answers; "down": it does not, so uploads are refused (503) until it does; "off": scanning is
   * switched off (CLAMAV=off) and uploads are stored unscanned, marked `notScanned`.
   */
  @ApiProperty({ enum: ['up', 'down', 'off'] })
  status!: 'up' | 'down' | 'off';
  /**
   * Where clamd is asked: `unix:/path` or `tcp://host:port`.
   * @example "unix:/run/clamav/clamd.sock"
   */
  address?: string;
  /**
   * How long clamd took to answer, in milliseconds.
   * @example 2
   */
  latencyMs?: number;
  /** clamd's VERSION answer: the engine, and with freshclam's databases their version and date. */
  version?: string;
  /** Why it is down: `timeout` or `unreachable`. */
  error?: string;
}

/** GET /api/health: the API and what it depends on. */
export class HealthResponse {
  /**
   * "ok": all up; "degraded": the API serves but the worker is not processing jobs, letters and e-mails are
   * stuck, or the virus scanner does not answer (uploads are refused); "down": a store is unreachable (503).
   */
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] })
  status!: 'ok' | 'degraded' | 'down';
  /** PostgreSQL (DATABASE_URL). */
  database!: ComponentHealth;
  /** Redis (REDIS_URL): the queues, rate limits and login throttle. */
  redis!: ComponentHealth;
  /** The worker, judged by its heartbeat in Redis: up when it handled one within three heartbeat intervals. */
  worker!: ComponentHealth;
  /** Letters and e-mails not done in time; null when the database could not be asked. */
  @ApiProperty({ type: DeliveriesHealth, nullable: true })
  deliveries!: DeliveriesHealth | null;
  /** The virus scanner (clamd). */
  virusScanner!: VirusScannerHealth;
}
