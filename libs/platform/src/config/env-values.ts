import { isIP } from 'node:net';
import { resolve as resolvePath } from 'node:path';

/**
 * Reading one setting from the environment: each reader names the variable and its rule when the value is missing
 * or malformed (ConfigError), so start-up stops with one clear line. AppConfig (app-config.ts) is built from these.
 */

/** At most `points` in `seconds` (a fixed window from the first one). Written `points/seconds`, e.g. `10/3600`. */
export interface RateLimit {
  points: number;
  seconds: number;
}

/** Where clamd listens: a Unix socket (absolute path) or a TCP address. */
export type ClamdAddress = { socket: string } | { host: string; port: number };

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    rule: string,
  ) {
    super(`Configuration error: ${variable} ${rule}`);
  }
}

export type Env = Record<string, string | undefined>;

export function str(env: Env, name: string, fallback?: string): string {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') {
    if (fallback === undefined) throw new ConfigError(name, 'is required but not set');
    return fallback;
  }
  return raw.trim();
}

export function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name, String(fallback));
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number (got "${raw}")`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `must be between ${min} and ${max} (got ${value})`);
  return value;
}

export function url(env: Env, name: string, fallback: string | undefined, protocols: string[]): string {
  const raw = str(env, name, fallback);
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL like ${protocols[0]}//host:port (got "${raw}")`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
  }
  return raw;
}

export function pattern(
  env: Env,
  name: string,
  fallback: string | undefined,
  re: RegExp,
  rule: string,
): string {
  const raw = str(env, name, fallback);
  if (!re.test(raw)) throw new ConfigError(name, `must be ${rule} (got "${raw}")`);
  return raw;
}

export function rateLimit(env: Env, name: string, fallback: string): RateLimit {
  const raw = str(env, name, fallback);
  const match = /^(\d+)\/(\d+)$/.exec(raw);
  const rule = `must be <attempts>/<seconds>, like ${fallback}, with 1–1000000 attempts in 1–2592000 seconds`;
  if (!match) throw new ConfigError(name, `${rule} (got "${raw}")`);
  const [points, seconds] = [Number(match[1]), Number(match[2])];
  if (points < 1 || points > 1_000_000 || seconds < 1 || seconds > 30 * 86400) {
    throw new ConfigError(name, `${rule} (got "${raw}")`);
  }
  return { points, seconds };
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** TRUST_PROXY: `off`, or a comma-separated list of addresses, CIDR ranges and proxy-addr's named ranges. */
export function trustedProxies(env: Env): string[] {
  const raw = str(env, 'TRUST_PROXY', 'off');
  if (raw === 'off') return [];
  const entries = raw.split(',').map((e) => e.trim());
  for (const entry of entries) {
    if (!isProxyEntry(entry)) {
      throw new ConfigError(
        'TRUST_PROXY',
        `must be off or a comma-separated list of proxy addresses or CIDR ranges, like 10.0.0.5,10.1.0.0/16 ` +
          `(or loopback, linklocal, uniquelocal) (got "${entry}")`,
      );
    }
  }
  return entries;
}

function isProxyEntry(entry: string): boolean {
  if (PROXY_NAMES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

export function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = str(env, name, fallback);
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

/**
 * `unix:/run/clamav/clamd.ctl` (a relative path is taken from the working directory) or `tcp://host:3310`.
 */
export function clamdAddress(raw: string): ClamdAddress {
  const rule = 'must be unix:<socket path> or tcp://host:port';
  if (raw.startsWith('unix:')) {
    const path = raw.slice('unix:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new ConfigError('CLAMAV_URL', `${rule} (got "${raw}")`);
    return { socket: resolvePath(path) };
  }
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError('CLAMAV_URL', `${rule} (got "${raw}")`);
  }
  const port = Number(parsed.port);
  if (parsed.protocol !== 'tcp:' || !parsed.hostname || !Number.isInteger(port) || port < 1) {
    throw new ConfigError('CLAMAV_URL', `${rule} (got "${raw}")`);
  }
  return { host: parsed.hostname.replace(/^\[|\]$/g, ''), port };
}

/** The same server as `databaseUrl`, as another user without a password (and optionally another database). */
export function withUser(databaseUrl: string, user: string, database?: string): string {
  const parsed = new URL(databaseUrl);
  parsed.username = user;
  parsed.password = '';
  if (database) parsed.pathname = `/${database}`;
  return parsed.toString();
}
