import { createHmac } from 'node:crypto';
import type { Response } from 'supertest';
import { TestContext } from '../test-app';
import { InputClass } from './config';
import { Operation } from './operations';
import { Caller, decodable, FORGERIES, FuzzRequest, Part, percentEncode } from './requests';
import { CurrentVersion, DeepNesting, POLLUTION_MARKER, RawNumber, toJsonText } from './values';
import { FuzzWorld, idKindOf } from './world';

/** Sending a generated request through the in-process app, and judging the answer. */

const BOUNDARY = '----tilskudd-fuzz-7MA4YWxkTrZu0gW';

function multipartBytes(parts: Part[], shape: string): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"`;
    if ('filename' in part) {
      head += `; filename="${part.filename.replace(/"/g, '%22')}"\r\nContent-Type: ${part.contentType}`;
    }
    chunks.push(Buffer.from(head + '\r\n\r\n', 'utf8'));
    chunks.push('bytes' in part ? Buffer.from(part.bytes) : Buffer.from(part.value, 'utf8'));
    chunks.push(Buffer.from('\r\n'));
  }
  if (shape !== 'truncated') chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

export interface Sent {
  method: string;
  url: string;
  contentType: string | null;
  body: Buffer | null;
  status: number;
  responseType: string;
  responseText: string;
  error?: string;
}

/** The version a valid request names: the resource's current one, read just before sending. */
async function currentVersion(ctx: TestContext, op: Operation, req: FuzzRequest): Promise<number> {
  const id = req.path.id?.value;
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return 1;
  const kind = idKindOf(op.path, 'id');
  const tables: Partial<Record<string, string>> = {
    application: 'applications',
    organisation: 'organisations',
    scheme: 'grant_schemes',
    round: 'grant_rounds',
    user: 'users',
    appeal: 'appeals',
    changeRequest: 'change_requests',
    disbursement: 'disbursements',
    batch: 'payment_batches',
    claim: 'repayment_claims',
  };
  const sql =
    kind === 'application' && op.path.includes('/report')
      ? 'SELECT version FROM recipient_reports WHERE application_id = $1'
      : kind && tables[kind]
        ? `SELECT version FROM ${tables[kind]} WHERE id = $1`
        : null;
  if (!sql) return 1;
  const rows = await ctx.db.query<{ version: number }[]>(sql, [id]);
  return rows[0]?.version ?? 1;
}

function withVersion(value: unknown, version: number): unknown {
  if (value instanceof CurrentVersion) return version;
  if (Array.isArray(value)) return value.map((v) => withVersion(v, version));
  if (
    value &&
    typeof value === 'object' &&
    !(value instanceof RawNumber) &&
    !(value instanceof DeepNesting)
  ) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key, {
        value: withVersion((value as Record<string, unknown>)[key], version),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

function containsVersionMarker(value: unknown): boolean {
  if (value instanceof CurrentVersion) return true;
  if (Array.isArray(value)) return value.some(containsVersionMarker);
  if (value && typeof value === 'object') return Object.values(value).some(containsVersionMarker);
  return false;
}

/**
 * A token issued now for the caller's current credential version: a password change the fuzzer made (the users'
 * own password operations) revokes the tokens issued before it.
 */
async function tokenFor(ctx: TestContext, userId: string): Promise<string> {
  const [row] = await ctx.db.query<{ credential_version: number }[]>(
    'SELECT credential_version FROM users WHERE id = $1',
    [userId],
  );
  return ctx.tokens.issue(userId, row.credential_version).accessToken;
}

async function authorization(ctx: TestContext, world: FuzzWorld, caller: Caller): Promise<string | null> {
  if (caller === 'anonymous') return null;
  if (!caller.startsWith('forged:')) {
    return `Bearer ${await tokenFor(ctx, world.users[caller as keyof FuzzWorld['users']].user.id)}`;
  }
  const real = await tokenFor(ctx, world.users.applicant.user.id);
  const [header, payload] = real.split('.');
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  switch (caller.slice('forged:'.length) as (typeof FORGERIES)[number]) {
    case 'garbage':
      return 'Bearer not.a.token';
    case 'unknown-user': {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
      const forgedPayload = b64({ ...claims, sub: '00000000-0000-4000-8000-000000000000' });
      const signature = createHmac('sha256', 'not the secret, but 32 characters long').update(
        `${header}.${forgedPayload}`,
      );
      return `Bearer ${header}.${forgedPayload}.${signature.digest('base64url')}`;
    }
    case 'bad-signature':
      return `Bearer ${real.slice(0, -4)}AAAA`;
    case 'alg-none':
      return `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    case 'huge':
      return `Bearer ${'a'.repeat(8_000)}`;
    case 'basic':
      return 'Basic YWRtaW46YWRtaW4=';
  }
}

/** Sends the request through the in-process app and returns what came back. */
export async function send(
  ctx: TestContext,
  world: FuzzWorld,
  op: Operation,
  req: FuzzRequest,
): Promise<Sent> {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const p = req.path[name];
    return p.raw ? p.value : percentEncode(p.value);
  });
  const query = req.query.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  const url = query ? `${path}?${query}` : path;
  let contentType: string | null = null;
  let body: Buffer | null = null;
  switch (req.body.kind) {
    case 'none':
      break;
    case 'json': {
      const value = containsVersionMarker(req.body.value)
        ? withVersion(req.body.value, await currentVersion(ctx, op, req))
        : req.body.value;
      contentType = 'application/json';
      body = Buffer.from(toJsonText(value), 'utf8');
      break;
    }
    case 'raw': {
      const p = req.body.payload;
      contentType = req.body.contentType;
      body = p instanceof DeepNesting ? Buffer.from(p.text()) : Buffer.from(p);
      break;
    }
    case 'multipart':
      contentType =
        req.body.shape === 'no-boundary'
          ? 'multipart/form-data'
          : `multipart/form-data; boundary=${req.body.shape === 'wrong-boundary' ? 'nope' : BOUNDARY}`;
      body = multipartBytes(req.body.parts, req.body.shape);
      break;
  }
  let request = ctx.http()[op.method](url);
  const auth = await authorization(ctx, world, req.caller);
  if (auth) request = request.set('authorization', auth);
  if (contentType !== null) request = request.set('content-type', contentType);
  // Bytes go out as they are: superagent would otherwise JSON-encode a Buffer sent as application/json.
  if (body) request = request.serialize((bytes: Buffer) => bytes as unknown as string).send(body);
  request = request.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
  const sent = { method: op.method.toUpperCase(), url, contentType, body };
  let res: Response;
  try {
    res = await request;
  } catch (error) {
    return { ...sent, status: 0, responseType: '', responseText: '', error: (error as Error).message };
  }
  const responseBody = res.body as Buffer;
  return {
    ...sent,
    status: res.status,
    responseType: String(res.headers['content-type'] ?? ''),
    responseText: Buffer.isBuffer(responseBody) ? responseBody.toString('utf8') : '',
  };
}

/** Why the answer is wrong, or null: no 5xx, every 4xx a problem document, nothing planted on Object.prototype. */
export function judge(sent: Sent): string | null {
  if (Object.prototype.hasOwnProperty.call(Object.prototype, POLLUTION_MARKER)) {
    delete (Object.prototype as Record<string, unknown>)[POLLUTION_MARKER];
    return 'the request planted a property on Object.prototype (prototype pollution)';
  }
  if (sent.error) return `no answer: ${sent.error}`;
  if (sent.status >= 500) return `answered ${sent.status}`;
  if (sent.status >= 400) {
    if (!/^application\/problem\+json/.test(sent.responseType)) {
      return `answered ${sent.status} as "${sent.responseType}", not application/problem+json`;
    }
    let problem: { status?: unknown; title?: unknown; type?: unknown };
    try {
      problem = JSON.parse(sent.responseText) as typeof problem;
    } catch {
      return `answered ${sent.status} with a problem document that is not JSON`;
    }
    if (
      problem.status !== sent.status ||
      typeof problem.title !== 'string' ||
      typeof problem.type !== 'string'
    ) {
      return `answered ${sent.status} with a problem document without a matching status, title and type`;
    }
  }
  return null;
}

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;

/** What a failure report shows of the request and the answer. */
export function describeExchange(req: FuzzRequest, sent: Sent): string {
  let body = '';
  if (req.body.kind === 'multipart') {
    const parts = req.body.parts.map((p) =>
      'bytes' in p
        ? `${p.name}: file ${JSON.stringify(clip(p.filename, 120))} (${p.contentType}, ${p.bytes.length} bytes)`
        : `${p.name}=${JSON.stringify(clip(p.value, 200))}`,
    );
    body = `multipart (${req.body.shape}): ${parts.join('; ')}`;
  } else if (sent.body) {
    body = `${sent.contentType ?? '(no content-type)'} ${sent.body.length} bytes: ${clip(JSON.stringify(sent.body.toString('utf8')), 1_500)}`;
  }
  return [
    `request:  ${sent.method} ${clip(sent.url, 400)} as ${req.caller}`,
    ...(body ? [`          ${body}`] : []),
    `response: ${sent.status} ${sent.responseType} ${clip(sent.responseText, 800)}`,
  ].join('\n');
}

/** Which classes of input another layer answers this request holds (for FUZZ_EXCLUDE and the report). */
export function classesOf(req: FuzzRequest, sent: Sent): InputClass[] {
  const classes: InputClass[] = [];
  // File contents are bytes, not text: a zero byte in them is not the NUL class.
  const text = JSON.stringify(req, (_k, v: unknown) => (v instanceof Uint8Array ? '' : v));
  if (text.includes('\\u0000') || /%00/.test(sent.url)) classes.push('nul');
  if (hasDeep(req)) classes.push('depth');
  // A URL the HTTP parser or the router refuses: too long (431, 414) or not decodable (Fastify's FST_ERR_BAD_URL).
  if (sent.url.length > 4_000 || Object.values(req.path).some((p) => p.value.length > 100 || !decodable(p))) {
    classes.push('url');
  }
  return classes;
}

function hasDeep(value: unknown): boolean {
  if (value instanceof DeepNesting) return true;
  if (Array.isArray(value)) return value.some(hasDeep);
  if (value && typeof value === 'object' && !(value instanceof Uint8Array))
    return Object.values(value).some(hasDeep);
  return false;
}

/** With NUL excluded: every string of the request without U+0000 (the generators may still draw one). */
export function withoutNul(req: FuzzRequest): FuzzRequest {
  const strip = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replaceAll('\u0000', '\u0001');
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        Object.defineProperty(out, strip(key) as string, {
          value: strip((v as Record<string, unknown>)[key]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return v;
  };
  return strip(req) as FuzzRequest;
}
