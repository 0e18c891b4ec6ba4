import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { OutboxFailuresService } from '@app/grants';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock, REDIS, VirusScanner, WORKER_HEARTBEAT_KEY } from '@app/platform';
import type { FastifyReply } from 'fastify';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators';
import { ComponentHealth, HealthResponse } from './health.dto';
import { pick } from '../common/mapping';

const CHECK_TIMEOUT_MS = 2000;

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly failures: OutboxFailuresService,
    private readonly scanner: VirusScanner,
  ) {}

  /**
   * Health of the API and what it depends on
   *
   * @remarks Open without login. Reports PostgreSQL, Redis, the worker (its heartbeat job), the virus scanner
   * (clamd), and letters and e-mails not done in time. Answers 503 with the same body (status `down`) when
   * PostgreSQL or Redis is unreachable, so a load balancer can act on the status alone; a missing worker
   * heartbeat, stuck deliveries or a silent virus scanner answer 200 with status `degraded`.
   */
  @ApiResponse({
    status: 503,
    description: 'PostgreSQL or Redis is unreachable: the same body, with status `down`.',
    content: {
      'application/json': {
        schema: { $ref: getSchemaPath(HealthResponse) },
        example: {
          status: 'down',
          database: { status: 'down', error: 'unreachable' },
          redis: { status: 'up', latencyMs: 1 },
          worker: { status: 'up', lastHeartbeatAt: '2027-03-01T11:00:00.000Z' },
          deliveries: null,
          virusScanner: { status: 'up', address: 'unix:/run/clamav/clamd.sock', latencyMs: 2 },
        },
      },
    },
  })
  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const [database, redisAndWorker, backlog, virusScanner] = await Promise.all([
      timed(() => this.db.query('SELECT 1')),
      timed(() => this.redis.get(WORKER_HEARTBEAT_KEY)),
      timed(() => this.failures.backlog()),
      this.scanner.state(CHECK_TIMEOUT_MS),
    ]);
    const redis: ComponentHealth = {
      ...pick(redisAndWorker, 'status', 'latencyMs', 'error'),
    };
    const lastBeat = typeof redisAndWorker.value === 'string' ? new Date(redisAndWorker.value) : null;
    // A worker is alive when it handled a heartbeat within three intervals.
    const maxAgeMs = this.config.worker.heartbeatSeconds * 3 * 1000;
    const workerUp = lastBeat !== null && this.clock.now().getTime() - lastBeat.getTime() <= maxAgeMs;
    const worker: ComponentHealth = {
      status: workerUp ? 'up' : 'down',
      lastHeartbeatAt: lastBeat?.toISOString() ?? null,
    };
    const storesUp = database.status === 'up' && redis.status === 'up';
    const stuck = (backlog.value?.stuck ?? 0) > 0;
    const scannerDown = virusScanner.status === 'down';
    const status = !storesUp ? 'down' : workerUp && !stuck && !scannerDown ? 'ok' : 'degraded';
    void reply.status(storesUp ? 200 : 503).header('cache-control', 'no-store');
    return {
      status,
      database: { status: database.status, latencyMs: database.latencyMs, error: database.error },
      redis,
      worker,
      deliveries: backlog.value ?? null,
      virusScanner,
    };
  }
}

async function timed<T>(check: () => Promise<T>): Promise<ComponentHealth & { value?: T }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const value = await Promise.race([
      check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started), value };
  } catch (error) {
    return {
      status: 'down',
      // Ours, or the store client's own (Redis commandTimeout, pg query_timeout).
      error:
        error instanceof Error && /^timeout$|timed out|read timeout/i.test(error.message)
          ? 'timeout'
          : 'unreachable',
    };
  } finally {
    clearTimeout(timer);
  }
}
