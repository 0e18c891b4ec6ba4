import { ApiProperty } from '@nestjs/swagger';

export class ComponentHealth {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';
  latencyMs?: number;
  /** Worker only: when a worker last handled a heartbeat job. */
  lastHeartbeatAt?: string | null;
  error?: string;
}

export class HealthResponse {
  /** "ok": all up; "degraded": the API serves but the worker is not processing jobs; "down": a store is unreachable (503). */
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] })
  status!: 'ok' | 'degraded' | 'down';
  database!: ComponentHealth;
  redis!: ComponentHealth;
  worker!: ComponentHealth;
}
