import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { QueueName } from '@app/platform';
import { Queue } from 'bullmq';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createTestApp, TestContext } from '../support/test-app';

async function waitFor<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('health and the worker heartbeat through Redis', () => {
  let ctx: TestContext;
  let worker: INestApplicationContext | undefined;
  beforeAll(async () => {
    // A key space of its own: other test files run workers whose heartbeat would show here.
    process.env.QUEUE_PREFIX = `tilskudd-test-health-${process.pid}`;
    ctx = await createTestApp();
  });
  afterAll(async () => {
    await worker?.close();
    await ctx.close();
  });

  it('reports the stores up and the worker down before any worker runs (degraded, still 200)', async () => {
    const res = await ctx.http().get('/api/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'degraded',
      database: { status: 'up' },
      redis: { status: 'up' },
      worker: { status: 'down', lastHeartbeatAt: null },
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('reports the worker up once the worker process has handled a scheduled heartbeat job from BullMQ', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
    worker = await moduleRef.init();
    worker.enableShutdownHooks();
    const health = await waitFor(
      () => ctx.http().get('/api/health'),
      (res) => res.body.worker?.status === 'up',
    );
    expect(health.body).toMatchObject({ status: 'ok', worker: { status: 'up' } });
    expect(Date.now() - new Date(health.body.worker.lastHeartbeatAt).getTime()).toBeLessThan(5_000);

    // The beat went through the queue: the scheduler exists once and completed jobs are recorded.
    const queue = worker.get<Queue>(getQueueToken(QueueName.System));
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toEqual(['system.heartbeat']);
    expect(await queue.getCompletedCount()).toBeGreaterThanOrEqual(1);
  });

  it('does not register the schedule twice when a second worker starts', async () => {
    const second = await (await Test.createTestingModule({ imports: [WorkerModule] }).compile()).init();
    try {
      const queue = second.get<Queue>(getQueueToken(QueueName.System));
      expect((await queue.getJobSchedulers()).map((s) => s.key)).toEqual(['system.heartbeat']);
    } finally {
      await second.close();
    }
  });

  it('reports down with 503 when Redis is unreachable', async () => {
    const saved = process.env.REDIS_URL;
    // Port 1 is closed: connections are refused at once.
    process.env.REDIS_URL = 'redis://127.0.0.1:1';
    // BullMQ reports each refused connection on the console before any listener can be attached.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let cut: TestContext | undefined;
    try {
      cut = await createTestApp();
      const res = await cut.http().get('/api/health').expect(503);
      expect(res.body).toMatchObject({
        status: 'down',
        database: { status: 'up' },
        redis: { status: 'down', error: 'unreachable' },
      });
    } finally {
      process.env.REDIS_URL = saved;
      await cut?.close();
      consoleError.mockRestore();
    }
  });
});
