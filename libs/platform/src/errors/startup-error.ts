import type { AppConfig } from '../config/app-config';

/** The services a process needs at start-up, each named by the setting that says where it is. */
interface Component {
  name: string;
  setting: string;
  url: string;
}

/** A URL as a log may show it: the password masked. */
export function maskedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}

function components(config: AppConfig): Component[] {
  const list: Component[] = [
    { name: 'PostgreSQL', setting: 'DATABASE_URL', url: config.databaseUrl },
    { name: 'Redis', setting: 'REDIS_URL', url: config.redisUrl },
    { name: 'SMTP server', setting: 'SMTP_URL', url: config.smtpUrl },
  ];
  const scanning = config.virusScan;
  if (scanning.enabled) {
    const clamd = scanning.clamd;
    const url = 'socket' in clamd ? `unix:${clamd.socket}` : `tcp://${clamd.host}:${clamd.port}`;
    list.push({ name: 'ClamAV (clamd)', setting: 'CLAMAV_URL', url });
  }
  return list;
}

/** Every error inside an error (AggregateError of refused addresses, TypeORM's driverError, a cause). */
function causes(error: unknown, depth = 0): Record<string, unknown>[] {
  if (!error || typeof error !== 'object' || depth > 4) return [];
  const e = error as Record<string, unknown>;
  const inner: unknown[] = [
    ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : []),
    ...(e.driverError ? [e.driverError] : []),
    ...(e.cause ? [e.cause] : []),
  ];
  return [e, ...inner.flatMap((i) => causes(i, depth + 1))];
}

function hostAndPort(url: string): { host: string; port: string } | undefined {
  try {
    const parsed = new URL(url);
    const defaults: Record<string, string> = {
      'postgres:': '5432',
      'postgresql:': '5432',
      'redis:': '6379',
      'rediss:': '6379',
      'smtp:': '25',
      'smtps:': '465',
    };
    return { host: parsed.hostname, port: parsed.port || defaults[parsed.protocol] || '' };
  } catch {
    return undefined;
  }
}

/** PostgreSQL's own refusals (SQLSTATE classes 08 connection, 28 authorisation, 3D no such database, 57P starting/stopping). */
const POSTGRES_CODE = /^(08|28|3D|57P)/;

/**
 * Which component an error at start-up comes from, and a line for the operator that names it, where the process
 * looks for it (the setting and its value, password masked) and what went wrong: "PostgreSQL at DATABASE_URL=… did
 * not answer: connect ECONNREFUSED 127.0.0.1:5999". An error from none of them keeps its own message.
 */
export function describeStartupError(error: unknown, config: AppConfig | undefined): string {
  const message = error instanceof Error ? error.message || error.name : String(error);
  if (!config) return message;
  const all = causes(error);
  const detail =
    [...new Set(all.map((c) => (typeof c.message === 'string' ? c.message : '')).filter(Boolean))].join(
      '; ',
    ) || message;
  const found = components(config).find((component) => {
    const target = hostAndPort(component.url);
    const socketPath = component.url.startsWith('unix:') ? component.url.slice(5) : undefined;
    return all.some((c) => {
      if (component.setting === 'DATABASE_URL' && typeof c.code === 'string' && POSTGRES_CODE.test(c.code)) {
        return true;
      }
      if (socketPath) return c.address === socketPath;
      if (!target) return false;
      if ((typeof c.port === 'number' || typeof c.port === 'string') && String(c.port) === target.port)
        return true;
      // getaddrinfo ENOTFOUND db.example: the host name alone.
      return c.hostname === target.host && (c.code === 'ENOTFOUND' || c.code === 'EAI_AGAIN');
    });
  });
  if (!found) return message;
  return `${found.name} at ${found.setting}=${maskedUrl(found.url)} did not answer or refused the connection: ${detail}`;
}
