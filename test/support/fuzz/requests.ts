import fc from 'fast-check';
import { Role } from '@app/grants';
import { docxBytes, exeBytes, odtBytes, pdfBytes, pngBytes, xlsxBytes } from '../files';
import { SchemaArbitraries } from './arbitraries';
import { FuzzConfig, InputClass } from './config';
import { Operation, Schema } from './operations';
import {
  DeepNesting,
  HOSTILE_CONTENT_TYPES,
  HOSTILE_FILENAMES,
  INVALID_UUIDS,
  RAW_BODIES,
  RAW_PATH_VALUES,
  RawNumber,
  toJsonText,
} from './values';
import { ActorName, idKindOf } from './world';

const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });

/** A bearer token that is not a valid one, of several kinds. */
export const FORGERIES = ['garbage', 'unknown-user', 'bad-signature', 'alg-none', 'huge', 'basic'] as const;
export type Caller = Exclude<ActorName, 'forged'> | `forged:${(typeof FORGERIES)[number]}`;

export interface PathValue {
  value: string;
  /** Put into the path as it is (e.g. "%2F", ".."), not percent-encoded. */
  raw?: boolean;
}

export type Part =
  | { name: string; value: string }
  | { name: string; filename: string; contentType: string; bytes: Uint8Array };

export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string | null; payload: string | Uint8Array | DeepNesting }
  | { kind: 'multipart'; parts: Part[]; shape: 'ok' | 'truncated' | 'no-boundary' | 'wrong-boundary' };

export interface FuzzRequest {
  caller: Caller;
  path: Record<string, PathValue>;
  query: [string, string][];
  body: Body;
}

const FILES: [string, string, () => Buffer][] = [
  ['vedtekter.pdf', 'application/pdf', pdfBytes],
  ['bilde.png', 'image/png', pngBytes],
  ['plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docxBytes],
  ['budsjett.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsxBytes],
  ['plan.odt', 'application/vnd.oasis.opendocument.text', odtBytes],
];

/** False for a raw path value that is not valid percent-encoding (the router refuses it: Fastify's FST_ERR_BAD_URL). */
export function decodable(p: PathValue): boolean {
  if (!p.raw) return true;
  try {
    decodeURIComponent(p.value);
    return true;
  } catch {
    return false;
  }
}

/** Percent-encodes by UTF-8 byte (encodeURIComponent throws on a lone surrogate). */
export function percentEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Query values arrive as strings: a value of another kind is written the way a client would. */
export function queryText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof RawNumber) return value.text;
  if (value instanceof DeepNesting) return value.text();
  if (value === null || typeof value !== 'object') return String(value);
  return toJsonText(value);
}

/** Builds the requests for one operation from its schema. */
export class RequestArbitraries {
  constructor(
    private readonly gen: SchemaArbitraries,
    private readonly config: FuzzConfig,
  ) {}

  private allows(cls: InputClass): boolean {
    return !this.config.exclude.has(cls);
  }

  forOperation(op: Operation): fc.Arbitrary<FuzzRequest> {
    const caller = this.caller(op);
    const path = this.validPath(op);
    const query = this.validQuery(op);
    const body = this.validBody(op);
    const variants: fc.WeightedArbitrary<FuzzRequest>[] = [w(4, fc.record({ caller, path, query, body }))];
    if (op.body) variants.push(w(5, fc.record({ caller, path, query, body: this.mutatedBody(op) })));
    variants.push(
      w(op.queryParams.length ? 2 : 1, fc.record({ caller, path, query: this.hostileQuery(op), body })),
    );
    if (op.pathParams.length)
      variants.push(w(1, fc.record({ caller, path: this.hostilePath(op), query, body })));
    variants.push(w(1, fc.record({ caller, path, query, body: this.rawBody() })));
    return fc.oneof(...variants);
  }

  /** Mostly a caller whose role gets past the guard, so the request reaches validation and the service. */
  private caller(op: Operation): fc.Arbitrary<Caller> {
    const everyone: Caller[] = [
      'anonymous',
      'applicant',
      'outsider',
      'caseworker',
      'caseworker2',
      'approver',
      'finance',
      'admin',
    ];
    const byRole: Record<Role, Caller[]> = {
      [Role.Applicant]: ['applicant', 'applicant', 'applicant', 'outsider'],
      [Role.Caseworker]: ['caseworker', 'caseworker2'],
      [Role.Approver]: ['approver'],
      [Role.Finance]: ['finance'],
      [Role.Admin]: ['admin'],
    };
    const access = op.access;
    const allowed: Caller[] =
      access?.kind === 'public'
        ? ['anonymous', 'anonymous', ...everyone]
        : access?.roles
          ? access.roles.flatMap((r) => byRole[r])
          : everyone.filter((c) => c !== 'anonymous');
    const others = everyone.filter((c) => !allowed.includes(c));
    const forged = fc.constantFrom(...FORGERIES).map((f): Caller => `forged:${f}`);
    return fc.oneof(
      w(16, fc.constantFrom(...allowed)),
      w(others.length ? 3 : 0, others.length ? fc.constantFrom(...others) : fc.constant<Caller>('anonymous')),
      w(1, forged),
    );
  }

  private validPath(op: Operation): fc.Arbitrary<Record<string, PathValue>> {
    return fc.record(
      Object.fromEntries(
        op.pathParams.map((p) => {
          const kind = idKindOf(op.path, p.name);
          const arb = kind ? this.gen.id(kind) : this.gen.valid(p.schema, p.name);
          return [p.name, arb.map((v): PathValue => ({ value: queryText(v) }))];
        }),
      ),
    );
  }

  private hostilePath(op: Operation): fc.Arbitrary<Record<string, PathValue>> {
    const values: fc.WeightedArbitrary<PathValue>[] = [
      w(
        3,
        fc.constantFrom(...INVALID_UUIDS).map((value) => ({ value })),
      ),
      w(
        3,
        this.gen
          .hostileString()
          .filter((s) => s.length > 0 && s.length <= 100)
          .map((value) => ({ value })),
      ),
      w(
        2,
        fc
          .constantFrom(
            ...RAW_PATH_VALUES.filter((v) => this.allows('url') || decodable({ value: v, raw: true })),
          )
          .map((value) => ({ value, raw: true })),
      ),
      w(
        1,
        fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map((value) => ({ value })),
      ),
    ];
    if (this.allows('nul'))
      values.push(
        w(
          1,
          fc.constantFrom('%00', 'a%00b').map((value) => ({ value, raw: true })),
        ),
      );
    // Longer than a route parameter may be (Fastify's maxParamLength, 100).
    if (this.allows('url'))
      values.push(
        w(
          1,
          fc.integer({ min: 101, max: 20_000 }).map((n) => ({ value: 'a'.repeat(n) })),
        ),
      );
    const valid = this.validPath(op);
    return fc
      .tuple(valid, fc.constantFrom(...op.pathParams.map((p) => p.name)), fc.oneof(...values))
      .map(([path, name, value]) => ({ ...path, [name]: value }));
  }

  /** Query parameters as a client sends them: short enough for a URL. */
  private querySchema(schema: Schema): Schema {
    const s = this.gen.resolve(schema);
    return s.type === 'string' && !s.enum && !s.format
      ? { ...s, maxLength: Math.min(s.maxLength ?? 200, 200) }
      : s;
  }

  private validQuery(op: Operation): fc.Arbitrary<[string, string][]> {
    if (!op.queryParams.length) return fc.constant([]);
    return fc
      .record(
        Object.fromEntries(
          op.queryParams.map((p) => [p.name, this.gen.valid(this.querySchema(p.schema), p.name)]),
        ),
        { requiredKeys: op.queryParams.filter((p) => p.required).map((p) => p.name) },
      )
      .map((values) => Object.entries(values).map(([k, v]): [string, string] => [k, queryText(v)]));
  }

  private hostileQuery(op: Operation): fc.Arbitrary<[string, string][]> {
    const valid = this.validQuery(op);
    const names = op.queryParams.map((p) => p.name);
    const short = this.gen.hostileString().filter((s) => s.length <= 2_000);
    const variants: fc.Arbitrary<[string, string][]>[] = [
      // An unknown parameter, or one with a name that means something to a parser.
      fc
        .tuple(
          valid,
          fc.constantFrom(
            'x',
            '__proto__',
            'constructor',
            'prototype',
            'a[b]',
            'limit[]',
            '',
            '__proto__[admin]',
          ),
          short,
        )
        .map(([q, k, v]) => [...q, [k, v]]),
    ];
    if (names.length) {
      const byName = Object.fromEntries(op.queryParams.map((p) => [p.name, p.schema]));
      variants.push(
        // One parameter given a hostile value of its kind (or any kind).
        fc
          .tuple(valid, fc.constantFrom(...names))
          .chain(([q, name]) =>
            this.gen
              .hostile(this.querySchema(byName[name]), name)
              .map((v): [string, string][] => [...q.filter(([k]) => k !== name), [name, queryText(v)]]),
          )
          .filter((q) => q.every(([, v]) => v.length <= 2_000)),
        // The same parameter twice (Fastify then gives an array).
        fc
          .tuple(valid, fc.constantFrom(...names), short)
          .map(([q, name, v]) => [...q, [name, v], [name, '1']]),
      );
    }
    if (this.allows('url')) {
      variants.push(
        fc
          .tuple(
            valid,
            fc.constantFrom(...(names.length ? names : ['q'])),
            fc.integer({ min: 3_000, max: 40_000 }),
          )
          .map(([q, name, n]) => [...q, [name, 'ø'.repeat(n)]]),
      );
    }
    if (this.allows('nul')) {
      variants.push(
        fc
          .tuple(valid, fc.constantFrom(...(names.length ? names : ['q'])))
          .map(([q, name]) => [...q.filter(([k]) => k !== name), [name, 'a\u0000b']]),
      );
    }
    return fc.oneof(...variants);
  }

  private validBody(op: Operation): fc.Arbitrary<Body> {
    if (!op.body) return fc.constant<Body>({ kind: 'none' });
    if (op.body.contentType === 'multipart/form-data') return this.multipart(op.body.schema, false);
    return this.gen.valid(op.body.schema).map((value): Body => ({ kind: 'json', value }));
  }

  private mutatedBody(op: Operation): fc.Arbitrary<Body> {
    if (!op.body) return this.rawBody();
    if (op.body.contentType === 'multipart/form-data') {
      return fc.oneof(
        w(6, this.multipart(op.body.schema, true)),
        w(
          1,
          this.gen.valid(op.body.schema).map((value): Body => ({ kind: 'json', value })),
        ),
      );
    }
    return fc.oneof(
      w(
        8,
        this.gen.mutated(op.body.schema).map((value): Body => ({ kind: 'json', value })),
      ),
      w(
        1,
        fc.jsonValue({ maxDepth: 4 }).map((value): Body => ({ kind: 'json', value })),
      ),
    );
  }

  private rawBody(): fc.Arbitrary<Body> {
    const variants: fc.Arbitrary<Body>[] = [
      fc
        .constantFrom(...RAW_BODIES)
        .map(([contentType, payload]): Body => ({ kind: 'raw', contentType, payload })),
    ];
    if (this.allows('depth')) {
      variants.push(
        fc
          .tuple(
            fc.integer({ min: 2_000, max: 100_000 }),
            fc.constantFrom<'array' | 'object'>('array', 'object'),
          )
          .map(([d, shape]): Body => ({
            kind: 'raw',
            contentType: 'application/json',
            payload: new DeepNesting(d, shape),
          })),
      );
    }
    return fc.oneof(...variants);
  }

  /** A multipart/form-data upload: the schema's text fields and one file. */
  private multipart(schema: Schema, hostile: boolean): fc.Arbitrary<Body> {
    const s = this.gen.resolve(schema);
    const fieldProps = Object.fromEntries(
      Object.entries(s.properties ?? {}).filter(([, p]) => this.gen.resolve(p).format !== 'binary'),
    );
    const fieldSchema: Schema = {
      type: 'object',
      properties: fieldProps,
      required: (s.required ?? []).filter((k) => k in fieldProps),
    };
    const toParts = (values: unknown): Part[] =>
      Object.entries((values ?? {}) as Record<string, unknown>).map(([name, v]) => ({
        name,
        value: queryText(v),
      }));
    const validFile = fc.constantFrom(...FILES).map(([filename, contentType, bytes]): Part => ({
      name: 'file',
      filename,
      contentType,
      bytes: bytes(),
    }));
    const ok = (fields: Part[], file: Part | null): Body => ({
      kind: 'multipart',
      parts: file ? [...fields, file] : fields,
      shape: 'ok',
    });
    const validFields = this.gen.valid(fieldSchema).map(toParts);
    if (!hostile) return fc.tuple(validFields, validFile).map(([f, file]) => ok(f, file));

    const hostileFile = fc
      .record({
        filename: fc.oneof(
          fc.constantFrom(...HOSTILE_FILENAMES),
          fc.string({ unit: 'binary', maxLength: 40 }).map((n) => `${n}.pdf`),
        ),
        contentType: fc.constantFrom(...HOSTILE_CONTENT_TYPES),
        bytes: fc.oneof(
          fc.uint8Array({ maxLength: 4_096 }),
          fc.constantFrom(
            new Uint8Array(0),
            exeBytes(),
            Buffer.from('%PDF-'),
            Buffer.from('PK\u0003\u0004'),
            Buffer.from('<html><script>alert(1)</script></html>'),
          ),
          fc.uint8Array({ maxLength: 2_048 }).map((b) => Buffer.concat([Buffer.from('%PDF-1.7\n'), b])),
        ),
      })
      .map((f): Part => ({ name: 'file', ...f }));
    const variants: fc.WeightedArbitrary<Body>[] = [
      w(
        4,
        fc.tuple(this.gen.mutated(fieldSchema).map(toParts), validFile).map(([f, file]) => ok(f, file)),
      ),
      w(
        4,
        fc.tuple(validFields, hostileFile).map(([f, file]) => ok(f, file)),
      ),
      w(
        1,
        validFields.map((f) => ok(f, null)),
      ),
      w(
        1,
        fc.tuple(validFields, validFile).map(([f, file]) => ok([...f, file], file)),
      ),
      w(
        1,
        fc.tuple(validFields, validFile).map(([f, file]) => ok(f, { ...file, name: 'vedlegg' })),
      ),
      // The file before the fields.
      w(
        1,
        fc.tuple(validFields, validFile).map(([f, file]) => ok([file, ...f], null)),
      ),
      w(
        1,
        fc
          .tuple(validFields, validFile)
          .map(([f, file]) =>
            ok([...f, ...Array.from({ length: 12 }, (_, i) => ({ name: `felt${i}`, value: 'x' }))], file),
          ),
      ),
      w(
        2,
        fc
          .tuple(
            validFields,
            validFile,
            fc.constantFrom<'truncated' | 'no-boundary' | 'wrong-boundary'>(
              'truncated',
              'no-boundary',
              'wrong-boundary',
            ),
          )
          .map(([f, file, shape]): Body => ({ kind: 'multipart', parts: [...f, file], shape })),
      ),
      // Just over the 10 MB limit.
      w(
        1,
        validFields.map((f) =>
          ok(f, {
            name: 'file',
            filename: 'stor.pdf',
            contentType: 'application/pdf',
            bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 0x25),
          }),
        ),
      ),
    ];
    return fc.oneof(...variants);
  }
}
