import { LoggerService } from '@nestjs/common';
import { requestContext } from './request-context';

type Level = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * Structured logs: one JSON object per line on stdout, with the request id when there is one.
 * Personal data does not go into logs; callers log ids, not names or e-mail addresses.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly service: string,
    private readonly minLevel: Level = 'info',
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  /** Structured event with fields, e.g. logger.event('info', 'request', { status: 200 }). */
  event(level: Level, msg: string, fields: Record<string, unknown>): void {
    if (RANK[level] < RANK[this.minLevel]) return;
    this.emit({ level, msg, ...fields });
  }

  private write(level: Level, message: unknown, rest: unknown[]): void {
    if (RANK[level] < RANK[this.minLevel]) return;
    // Nest passes the context (class name) as the last string argument, and a stack before it for errors.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const stack = level === 'error' && typeof rest[0] === 'string' && rest.length > 1 ? rest[0] : undefined;
    const msg =
      message instanceof Error ? message.message : typeof message === 'string' ? message : undefined;
    const fields = typeof message === 'object' && !(message instanceof Error) ? message : undefined;
    this.emit({ level, msg, context, ...(fields as object), stack });
  }

  private emit(entry: Record<string, unknown>): void {
    const store = requestContext.getStore();
    const line = JSON.stringify({
      time: new Date().toISOString(),
      service: this.service,
      requestId: store?.requestId,
      ...entry,
    });
    process.stdout.write(line + '\n');
  }
}
