/**
 * Outages a test can cause without touching the machine's shared PostgreSQL and Redis: a TCP proxy in front
 * of a store that can refuse connections or go silent, and a Redis server of the test's own that can be paused.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createServer, Server, Socket, connect } from 'node:net';
import Redis from 'ioredis';

export class TcpProxy {
  private readonly pairs = new Set<[Socket, Socket | null]>();
  private mode: 'forward' | 'silent' = 'forward';

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(targetHost: string, targetPort: number): Promise<TcpProxy> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const proxy = new TcpProxy(server, (server.address() as { port: number }).port);
    server.on('connection', (client: Socket) => proxy.accept(client, targetHost, targetPort));
    return proxy;
  }

  private accept(client: Socket, targetHost: string, targetPort: number): void {
    client.on('error', () => undefined);
    if (this.mode === 'silent') {
      // Accepted, never answered: a store that hangs.
      this.pairs.add([client, null]);
      return;
    }
    const upstream = connect(targetPort, targetHost);
    const pair: [Socket, Socket | null] = [client, upstream];
    this.pairs.add(pair);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      this.pairs.delete(pair);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  }

  /** Everything goes quiet: open connections stop carrying data, new ones are accepted and never answered. */
  silence(): void {
    this.mode = 'silent';
    for (const [client, upstream] of this.pairs) {
      client.unpipe();
      upstream?.unpipe();
      client.pause();
      upstream?.pause();
    }
  }

  /** The store is gone: open connections are cut and new ones refused. */
  async refuse(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const [client, upstream] of this.pairs) {
      client.destroy();
      upstream?.destroy();
    }
    this.pairs.clear();
    await closed;
  }
}

/** A Redis server of the test's own (no persistence), which the test may pause with SIGSTOP. */
export class OwnRedis {
  private constructor(
    private readonly process: ChildProcess,
    readonly port: number,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<OwnRedis> {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    const redis = new OwnRedis(child, port);
    for (let i = 0; i < 50; i++) {
      const probe = new Redis({
        port,
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      try {
        await probe.connect();
        await probe.ping();
        return redis;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      } finally {
        probe.disconnect();
      }
    }
    child.kill('SIGKILL');
    throw new Error(`redis-server did not start on port ${port}`);
  }

  pause(): void {
    this.process.kill('SIGSTOP');
  }

  resume(): void {
    this.process.kill('SIGCONT');
  }

  stop(): void {
    this.process.kill('SIGCONT');
    this.process.kill('SIGKILL');
  }
}
