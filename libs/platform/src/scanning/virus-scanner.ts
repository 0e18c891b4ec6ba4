import { Logger } from '@nestjs/common';
import NodeClam from 'clamscan';
import { Readable } from 'node:stream';
import type { ClamdAddress, VirusScanConfig } from '../config/app-config';

/** What the scanner said about one file. `scanned: false` only when scanning is switched off (CLAMAV=off). */
export type ScanVerdict =
  | { scanned: true; infected: false }
  | { scanned: true; infected: true; signature: string }
  | { scanned: false; infected: false };

/** For health and start-up: whether uploads can be scanned now. */
export interface ScannerState {
  /** "off": switched off by CLAMAV=off; "down": clamd does not answer, so uploads are refused. */
  status: 'up' | 'down' | 'off';
  /** `unix:/path` or `tcp://host:port`. */
  address?: string;
  latencyMs?: number;
  /** clamd's VERSION answer: engine, and with freshclam's databases their version and date. */
  version?: string;
  error?: string;
}

/** clamd could not be asked or gave no verdict: the upload must not be accepted (fail closed). */
export class ScannerUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScannerUnavailableError';
  }
}

/**
 * The virus-scanning port: the one place uploads are scanned (libs/grants UploadInspector calls it for every
 * attachment store). The implementation talks to ClamAV's daemon; tests and `npm start` run one with the
 * project's test signatures, production one with freshclam's databases.
 */
export abstract class VirusScanner {
  abstract readonly enabled: boolean;
  /** Scans the bytes; throws ScannerUnavailableError when there is no verdict. */
  abstract scan(bytes: Buffer): Promise<ScanVerdict>;
  abstract state(timeoutMs?: number): Promise<ScannerState>;
}

export function createVirusScanner(config: VirusScanConfig): VirusScanner {
  return config.enabled ? new ClamdVirusScanner(config.clamd, config.timeoutMs) : new DisabledVirusScanner();
}

export function describeClamdAddress(address: ClamdAddress): string {
  return 'socket' in address ? `unix:${address.socket}` : `tcp://${address.host}:${address.port}`;
}

/** INSTREAM chunks: clamd reads each with a 4-byte length; 256 KiB keeps every write small. */
const CHUNK_BYTES = 256 * 1024;

/**
 * ClamAV's daemon over its socket or TCP, through the `clamscan` package's INSTREAM client (`scanStream`). The
 * package's local fallbacks (running clamscan/clamdscan binaries) are switched off: no daemon means no verdict.
 */
export class ClamdVirusScanner extends VirusScanner {
  readonly enabled = true;
  private readonly logger = new Logger('VirusScanner');
  private client?: Promise<NodeClam>;

  constructor(
    private readonly address: ClamdAddress,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  async scan(bytes: Buffer): Promise<ScanVerdict> {
    let result: Awaited<ReturnType<NodeClam['scanStream']>>;
    try {
      const clam = await this.connect();
      result = await deadline(clam.scanStream(Readable.from(chunks(bytes))), this.timeoutMs);
    } catch (error) {
      throw this.unavailable(error);
    }
    if (result.isInfected === true) {
      return { scanned: true, infected: true, signature: result.viruses.join(', ') || 'ukjent signatur' };
    }
    if (result.isInfected === false) return { scanned: true, infected: false };
    throw this.unavailable(new Error(`no verdict: ${result.resultString ?? 'empty answer'}`));
  }

  async state(timeoutMs = 2000): Promise<ScannerState> {
    const address = describeClamdAddress(this.address);
    const started = performance.now();
    try {
      const clam = await this.connect();
      const socket = await deadline(clam.ping(), timeoutMs);
      socket.end();
      const latencyMs = Math.round(performance.now() - started);
      const version = (await deadline(clam.getVersion(), timeoutMs)).replace(/\0/g, '').trim();
      return { status: 'up', address, latencyMs, version };
    } catch (error) {
      return { status: 'down', address, error: isTimeout(error) ? 'timeout' : 'unreachable' };
    }
  }

  private connect(): Promise<NodeClam> {
    this.client ??= new NodeClam()
      .init({
        removeInfected: false,
        quarantineInfected: false,
        scanLog: null,
        debugMode: false,
        clamscan: { active: false, path: null },
        clamdscan: {
          ...('socket' in this.address
            ? { socket: this.address.socket, host: false, port: false }
            : { socket: false, host: this.address.host, port: this.address.port }),
          timeout: this.timeoutMs,
          localFallback: false,
          // No clamdscan binary either: every scan goes over the socket.
          path: null,
          active: true,
          // Reachability is checked per scan (and by health), not once at start: clamd may come up later.
          bypassTest: true,
        },
        preference: 'clamdscan',
      })
      .catch((error: unknown) => {
        this.client = undefined;
        throw error;
      });
    return this.client;
  }

  private unavailable(error: unknown): ScannerUnavailableError {
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn({
      msg: 'virus scanner unavailable: upload refused',
      address: describeClamdAddress(this.address),
      error: isTimeout(error) ? `timeout after ${this.timeoutMs} ms` : message,
    });
    return new ScannerUnavailableError(message);
  }
}

/** CLAMAV=off: nothing is scanned, and every verdict says so (stored as the attachment's `notScanned` warning). */
export class DisabledVirusScanner extends VirusScanner {
  readonly enabled = false;

  async scan(): Promise<ScanVerdict> {
    return { scanned: false, infected: false };
  }

  async state(): Promise<ScannerState> {
    return { status: 'off' };
  }
}

function* chunks(bytes: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    yield bytes.subarray(offset, offset + CHUNK_BYTES);
  }
}

class DeadlineError extends Error {
  constructor(ms: number) {
    super(`timeout after ${ms} ms`);
  }
}

function deadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DeadlineError(ms)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function isTimeout(error: unknown): boolean {
  return error instanceof DeadlineError || (error instanceof Error && /timed? ?out/i.test(error.message));
}
