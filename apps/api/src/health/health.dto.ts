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

export class HealthResponse {
  /**
   * "ok": all up; "degraded": the API serves but the worker is not processing jobs, or letters and e-mails are
   * stuck; "down": a store is unreachable (503).
   */
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] })
  status!: 'ok' | 'degraded' | 'down';
  database!: ComponentHealth;
  redis!: ComponentHealth;
  worker!: ComponentHealth;
  /** Null when the database could not be asked. */
  @ApiProperty({ type: DeliveriesHealth, nullable: true })
  deliveries!: DeliveriesHealth | null;
}
