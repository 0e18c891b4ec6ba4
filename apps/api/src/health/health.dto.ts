import { ApiProperty } from '@nestjs/swagger';

export class ComponentHealth {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';
  latencyMs?: number;
  /** Worker only: when a worker last handled a heartbeat job. */
  lastHeartbeatAt?: string | null;
  error?: string;
}

export class DeliveriesHealth {
  /** Letters and e-mails asked for more than `stuckAfterSeconds` ago and not done yet (DELIVERY_STUCK_AFTER_SECONDS). */
  @ApiProperty({ type: 'integer' }) stuck!: number;
  /** Letters and e-mails that failed for good and wait for an admin (GET /api/admin/deliveries/failed). */
  @ApiProperty({ type: 'integer' }) failed!: number;
  @ApiProperty({ type: 'integer' }) stuckAfterSeconds!: number;
}

export class VirusScannerHealth {
  /**
   * "up": clamd answers; "down": it does not, so uploads are refused (503) until it does; "off": scanning is
   * switched off (CLAMAV=off) and uploads are stored unscanned, marked `notScanned`.
   */
  @ApiProperty({ enum: ['up', 'down', 'off'] })
  status!: 'up' | 'down' | 'off';
  /** `unix:/path` or `tcp://host:port`. */
  address?: string;
  latencyMs?: number;
  /** clamd's VERSION answer: the engine, and with freshclam's databases their version and date. */
  version?: string;
  error?: string;
}

export class HealthResponse {
  /**
   * "ok": all up; "degraded": the API serves but the worker is not processing jobs, letters and e-mails are
   * stuck, or the virus scanner does not answer (uploads are refused); "down": a store is unreachable (503).
   */
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] })
  status!: 'ok' | 'degraded' | 'down';
  database!: ComponentHealth;
  redis!: ComponentHealth;
  worker!: ComponentHealth;
  /** Null when the database could not be asked. */
  @ApiProperty({ type: DeliveriesHealth, nullable: true })
  deliveries!: DeliveriesHealth | null;
  virusScanner!: VirusScannerHealth;
}
