import fc from 'fast-check';
import type { OpenAPIObject } from '@nestjs/swagger';
import { isValidBankAccount, isValidOrganisationNumber } from '@app/grants';
import { InputClass } from './config';
import { resolveSchema, Schema } from './operations';
import {
  CURRENT_VERSION,
  DeepNesting,
  HOSTILE_KEYS,
  HOSTILE_NUMBERS,
  HOSTILE_STRINGS,
  HUGE_STRINGS,
  INVALID_DATES,
  INVALID_DATE_TIMES,
  INVALID_EMAILS,
  INVALID_UUIDS,
  NUL_STRINGS,
  RawNumber,
  withKey,
  wrongKinds,
} from './values';
import { FuzzWorld, IdKind } from './world';

type Arb = fc.Arbitrary<unknown>;

/** 100 000 elements (200 kB of JSON): far beyond any list limit, under the 1 MB body limit. */
const MANY_ZEROS: readonly number[] = Array.from({ length: 100_000 }, () => 0);
const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });

const PHRASES = [
  'Trygt botilbud for utsatte kvinner',
  'Oppsøkende arbeid i Bergen sentrum',
  'Vi gir trygge boliger og tett oppfølging.',
  'Samtalegrupper',
  'Rådgivning for ofre for menneskehandel',
  'Kari Nordmann',
  'Styreleder',
  'Oslo',
  'Ingen avvik.',
  'Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon §§ 1–3.',
  'Søknaden beskriver et botilbud for tolv kvinner i Oslo.',
];

/** A valid date near today or anywhere in 2000–2100 (YYYY-MM-DD). */
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;
const dateArb: fc.Arbitrary<string> = fc.oneof(
  w(
    3,
    fc.integer({ min: -400, max: 400 }).map((n) => isoDate(new Date(Date.now() + n * DAY))),
  ),
  w(
    1,
    fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map(isoDate),
  ),
);
const dateTimeArb: fc.Arbitrary<string> = fc.oneof(
  w(
    3,
    fc
      .integer({ min: -400 * 24, max: 400 * 24 })
      .map((h) => new Date(Date.now() + h * 3_600_000).toISOString()),
  ),
  w(
    1,
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString()),
  ),
);

/** A number with a MOD11 check digit: the first base at or after `start` that has one. */
function withCheckDigit(start: number, digits: number, valid: (s: string) => boolean): string {
  for (let base = start; ; base++) {
    const prefix = String(base).padStart(digits - 1, '0');
    for (let d = 0; d <= 9; d++) if (valid(prefix + d)) return prefix + d;
  }
}
const organisationNumberArb = fc
  .integer({ min: 80_000_000, max: 99_999_990 })
  .map((n) => withCheckDigit(n, 9, isValidOrganisationNumber));
const bankAccountArb = fc
  .tuple(fc.integer({ min: 10_000, max: 99_999 }), fc.integer({ min: 0, max: 99_999 }))
  .map(([a, b]) => withCheckDigit(a * 100_000 + b, 11, isValidBankAccount));

/**
 * fast-check arbitraries from the OpenAPI schemas: `valid` values the schema allows (with real ids and codes
 * from the world where a field names one), `hostile` values that break the schema at one node, and `mutated`
 * values that are valid except for one broken node somewhere inside (a wrong type, a missing or extra field,
 * a boundary, a huge or odd string, a prototype key, deep nesting…).
 */
export class SchemaArbitraries {
  private readonly validCache = new Map<Schema, Map<string, Arb>>();
  private readonly mutatedCache = new Map<Schema, Map<string, Arb>>();

  constructor(
    private readonly document: OpenAPIObject,
    private readonly world: FuzzWorld,
    private readonly exclude: ReadonlySet<InputClass>,
    /** Known-good bodies by schema name (corpus.ts). */
    private readonly seeds: Record<string, Record<string, unknown>[]> = {},
  ) {}

  /** The seed bodies of a `$ref` schema, if the corpus has some. */
  private seedsOf(schema: Schema | undefined): Record<string, unknown>[] | undefined {
    const name = schema?.$ref?.split('/').pop();
    return name ? this.seeds[name] : undefined;
  }

  /**
   * A seed body, now and then with a property redrawn from its schema; required properties the seed lacks
   * (the version) are drawn too. With `broken`, exactly one property is mutated instead.
   */
  private seeded(seeds: Record<string, unknown>[], s: Schema, broken: boolean): Arb {
    const props = s.properties ?? {};
    const required = s.required ?? [];
    return fc.oneof(
      ...seeds.map((seed) => {
        const keys = [...new Set([...Object.keys(seed), ...required.filter((k) => k in props)])];
        const field = (k: string): Arb =>
          k in seed
            ? props[k]
              ? fc.oneof(w(6, fc.constant(seed[k])), w(1, this.valid(props[k], k)))
              : fc.constant(seed[k])
            : this.valid(props[k], k);
        const whole = Object.fromEntries(keys.map((k) => [k, field(k)]));
        if (!broken) return fc.record(whole);
        const targets = keys.filter((k) => props[k]);
        if (!targets.length) return fc.record(whole);
        return fc.oneof(...targets.map((k) => fc.record({ ...whole, [k]: this.mutated(props[k], k) })));
      }),
    );
  }

  resolve(schema: Schema | undefined): Schema {
    return resolveSchema(this.document, schema);
  }

  /** Ids of a kind from the world, now and then one that names nothing. */
  id(kind: IdKind): fc.Arbitrary<string> {
    const pool = this.world.ids[kind];
    if (!pool.length) return fc.uuid({ version: 4 });
    return fc.oneof(w(9, fc.constantFrom(...pool)), w(1, fc.uuid({ version: 4 })));
  }

  private anyId(): fc.Arbitrary<string> {
    const all = Object.entries(this.world.ids)
      .filter(([k]) => k !== 'format')
      .flatMap(([, ids]) => ids);
    return fc.oneof(w(4, fc.constantFrom(...all)), w(1, fc.uuid({ version: 4 })));
  }

  /** Values a field of this name takes in a request that reaches the code behind validation. */
  private hint(name: string, s: Schema): Arb | undefined {
    const ids: Record<string, IdKind> = {
      roundId: 'round',
      organisationId: 'organisation',
      schemeId: 'scheme',
      applicationId: 'application',
      userId: 'user',
      actorUserId: 'user',
    };
    if (ids[name]) return this.id(ids[name]);
    switch (name) {
      case 'version':
        return fc.oneof(w(6, fc.constant(CURRENT_VERSION)), w(1, fc.integer({ min: 1, max: 4 })));
      case 'subjectId':
        return fc.oneof(this.id('decision'), this.id('claim'));
      case 'entityId':
        return this.anyId();
      case 'measureCategory':
        return fc.constantFrom(...this.world.measureCategories);
      case 'criterion':
        return fc.constantFrom(...this.world.criteria);
      case 'email':
        return fc.oneof(fc.constantFrom(...this.world.emails), fc.emailAddress());
      case 'organisationNumber':
        return organisationNumberArb;
      case 'bankAccount':
        return bankAccountArb;
      case 'password':
        return fc.oneof(
          fc.constant('correct horse battery staple'),
          fc.string({ minLength: 12, maxLength: 40 }),
        );
      case 'phone':
        return fc.constantFrom('+47 900 00 000', '22 33 44 55');
      case 'year':
        return fc.integer({ min: new Date().getFullYear() - 1, max: 2100 });
      case 'line':
        return fc.integer({ min: 0, max: 3 });
      case 'indicators':
        return fc.record({
          [this.world.indicators[0]]: fc.record({
            female: fc.nat(50),
            male: fc.nat(50),
            other_or_unknown: fc.nat(5),
          }),
        });
    }
    if (s.type === 'string' && !s.format && !s.enum && /(At|Deadline)$/.test(name)) return dateTimeArb;
    // Amounts a budget would hold (their sums stay under the ceiling), and now and then any allowed one.
    if (s.type === 'integer' && /Ore$/.test(name)) {
      return fc.oneof(
        w(5, fc.integer({ min: Math.max(s.minimum ?? 0, 0), max: 10_000_000 })),
        w(1, integerArb(s.minimum, s.maximum)),
      );
    }
    return undefined;
  }

  valid(schema: Schema | undefined, name = '', depth = 0): Arb {
    const key = schema ?? {};
    let byName = this.validCache.get(key);
    if (!byName) this.validCache.set(key, (byName = new Map()));
    let arb = byName.get(name);
    if (!arb) {
      const resolved = this.resolve(schema);
      const seeds = this.seedsOf(schema);
      arb = this.buildValid(resolved, name, depth);
      if (seeds) arb = fc.oneof(w(1, arb), w(3, this.seeded(seeds, resolved, false)));
      byName.set(name, arb);
    }
    return arb;
  }

  private buildValid(s: Schema, name: string, depth: number): Arb {
    const hinted = s.enum ? undefined : this.hint(name, s);
    let arb = hinted ?? this.fromSchema(s, depth);
    if (s.nullable) arb = fc.option(arb, { nil: null, freq: 6 });
    return arb;
  }

  private fromSchema(s: Schema, depth: number): Arb {
    if (s.enum) return fc.constantFrom(...s.enum);
    switch (s.type) {
      case 'string':
        return this.validString(s);
      case 'integer':
        return integerArb(s.minimum, s.maximum);
      case 'number':
        return fc.double({
          min: s.minimum ?? -1e6,
          max: s.maximum ?? 1e6,
          noNaN: true,
          noDefaultInfinity: true,
        });
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const min = s.minItems ?? 0;
        const max = Math.min(s.maxItems ?? min + 4, min + 4);
        const items = this.valid(s.items, '', depth + 1);
        const arbs = [w(6, fc.array(items, { minLength: min, maxLength: max }))];
        // The boundary itself: exactly as many items as allowed.
        if (s.maxItems !== undefined && s.maxItems <= 200 && s.maxItems > max) {
          arbs.push(w(1, fc.array(items, { minLength: s.maxItems, maxLength: s.maxItems })));
        }
        return fc.oneof(...arbs);
      }
      case 'object':
      case undefined: {
        if (!s.properties && !s.additionalProperties) {
          return s.type === 'object' ? fc.constant({}) : fc.jsonValue({ maxDepth: 2 });
        }
        const props = Object.entries(s.properties ?? {});
        const record = fc.record(
          Object.fromEntries(props.map(([k, p]) => [k, this.valid(p, k, depth + 1)])),
          { requiredKeys: (s.required ?? []).filter((k) => props.some(([p]) => p === k)) },
        );
        if (!s.additionalProperties || depth > 6) return record;
        const extra =
          typeof s.additionalProperties === 'object'
            ? this.valid(s.additionalProperties, '', depth + 1)
            : fc.jsonValue({ maxDepth: 1 });
        return fc
          .tuple(
            record,
            fc.dictionary(fc.constantFrom('people_helped', 'female', 'male', 'x'), extra, { maxKeys: 3 }),
          )
          .map(([r, d]) => ({ ...d, ...r }));
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  private validString(s: Schema): fc.Arbitrary<string> {
    switch (s.format) {
      case 'uuid':
        return this.anyId();
      case 'date':
        return dateArb;
      case 'date-time':
        return dateTimeArb;
      case 'email':
        return fc.oneof(fc.constantFrom(...this.world.emails), fc.emailAddress());
      case 'binary':
        return fc.constant('');
      case undefined:
      default:
        break;
    }
    if (s.pattern) return fc.stringMatching(new RegExp(s.pattern));
    const min = s.minLength ?? 0;
    const max = s.maxLength ?? 10_000;
    const phrases = PHRASES.filter((p) => p.length >= Math.max(min, 1) && p.length <= max);
    const arbs: fc.WeightedArbitrary<string>[] = [
      w(
        2,
        fc.string({
          minLength: Math.max(min, 1),
          maxLength: Math.max(min, 1, Math.min(max, 40)),
          unit: 'grapheme',
        }),
      ),
      w(1, fc.constant('x'.repeat(Math.max(min, 1)))),
    ];
    // At the limit: as long as allowed, in characters that take one, two or three bytes.
    if (s.maxLength !== undefined)
      arbs.push(
        w(
          1,
          fc.constantFrom('a', 'ø', '€').map((c) => c.repeat(Math.min(max, 200_000))),
        ),
      );
    if (phrases.length) arbs.push(w(4, fc.constantFrom(...phrases)));
    return fc.oneof(...arbs);
  }

  /** A value that breaks the schema at this node. */
  hostile(schema: Schema | undefined, name = ''): Arb {
    const s = this.resolve(schema);
    const arbs: fc.WeightedArbitrary<unknown>[] = [w(3, fc.constantFrom(...wrongKinds()))];
    arbs.push(w(2, this.hostileString()));
    arbs.push(w(2, fc.constantFrom(...HOSTILE_NUMBERS)));
    if (!this.exclude.has('depth')) {
      arbs.push(
        w(
          1,
          fc
            .tuple(
              fc.integer({ min: 1_000, max: 6_000 }),
              fc.constantFrom<'array' | 'object'>('array', 'object'),
            )
            .map(([d, shape]) => new DeepNesting(d, shape)),
        ),
      );
    }
    const specific = this.typeSpecific(s, name);
    if (specific) arbs.push(w(6, specific));
    return fc.oneof(...arbs);
  }

  hostileString(): fc.Arbitrary<string> {
    const arbs: fc.WeightedArbitrary<string>[] = [
      w(4, fc.constantFrom(...HOSTILE_STRINGS)),
      // Malformed ids, dates and addresses in any text field, whatever the schema says it holds.
      w(1, fc.constantFrom(...INVALID_UUIDS, ...INVALID_DATES, ...INVALID_DATE_TIMES, ...INVALID_EMAILS)),
      w(1, fc.constantFrom(...HUGE_STRINGS)),
      w(2, fc.string({ unit: 'binary', maxLength: 60 })),
      w(1, fc.string({ unit: 'grapheme-composite', maxLength: 40 })),
    ];
    if (!this.exclude.has('nul')) arbs.push(w(2, fc.constantFrom(...NUL_STRINGS)));
    const arb = fc.oneof(...arbs);
    return this.exclude.has('nul') ? arb.map((v) => v.replaceAll('\u0000', '\u0001')) : arb;
  }

  private typeSpecific(s: Schema, name: string): Arb | undefined {
    if (s.enum) {
      const values = s.enum.map(String);
      return fc.oneof(
        fc.constantFrom(...values).map((v) => v.toUpperCase()),
        fc.constantFrom(...values).map((v) => ` ${v}`),
        fc.constantFrom(...values).map((v) => `${v}\u200B`),
        fc.constantFrom(values.join(','), values.slice(0, 2)),
      );
    }
    switch (s.type) {
      case 'string': {
        const arbs: Arb[] = [this.hostileString(), fc.constantFrom(1, 0, -1)];
        if (s.maxLength !== undefined && s.maxLength < 400_000) {
          arbs.push(fc.constantFrom('a', 'ø', '😀').map((c) => c.repeat(s.maxLength! + 1)));
        }
        if (s.format === 'uuid') arbs.push(fc.constantFrom(...INVALID_UUIDS), fc.uuid({ version: 4 }));
        if (s.format === 'date') arbs.push(fc.constantFrom(...INVALID_DATES));
        if (s.format === 'date-time' || /(At|Deadline)$/.test(name))
          arbs.push(fc.constantFrom(...INVALID_DATE_TIMES));
        if (s.format === 'email' || name === 'email') arbs.push(fc.constantFrom(...INVALID_EMAILS));
        if (s.pattern)
          arbs.push(
            fc.string({ maxLength: 12 }),
            fc.stringMatching(new RegExp(s.pattern)).map((v) => `${v}0`),
          );
        return fc.oneof(...arbs);
      }
      case 'integer':
      case 'number': {
        const edges: unknown[] = [];
        if (s.minimum !== undefined) edges.push(s.minimum - 1, s.minimum - 0.5);
        if (s.maximum !== undefined) edges.push(s.maximum + 1, s.maximum * 10);
        return fc.oneof(
          fc.constantFrom(...HOSTILE_NUMBERS, ...(edges.length ? edges : [0])),
          fc.integer().map(String),
          fc.double().filter(Number.isFinite),
          fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((n) => new RawNumber(String(n))),
        );
      }
      case 'boolean':
        return fc.constantFrom('true', 'false', 1, 0, 'yes', 'ja');
      case 'array': {
        const item = this.valid(s.items, '');
        const arbs: Arb[] = [
          fc.array(this.hostile(s.items), { minLength: 1, maxLength: 3 }),
          // Many elements: far beyond any limit, still under the 1 MB body limit.
          fc.constantFrom(2_000, 20_000).chain((n) => item.map((v) => Array.from({ length: n }, () => v))),
          fc.constant(MANY_ZEROS),
        ];
        if (s.maxItems !== undefined) {
          arbs.push(fc.array(item, { minLength: s.maxItems + 1, maxLength: s.maxItems + 1 }));
        }
        if (s.minItems) arbs.push(fc.constant([]));
        return fc.oneof(...arbs);
      }
      case 'object':
        return fc.oneof(
          fc.constant({}),
          fc.constant([]),
          fc.jsonValue({ maxDepth: 3 }),
          fc.dictionary(fc.constantFrom(...HOSTILE_KEYS), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
        );
      case undefined:
      default:
        return undefined;
    }
  }

  /** Valid except for one broken node somewhere inside (or this node itself). */
  mutated(schema: Schema | undefined, name = '', depth = 0): Arb {
    const key = schema ?? {};
    let byName = this.mutatedCache.get(key);
    if (!byName) this.mutatedCache.set(key, (byName = new Map()));
    let arb = byName.get(name);
    if (!arb) {
      const resolved = this.resolve(schema);
      const seeds = this.seedsOf(schema);
      arb = this.buildMutated(resolved, name, depth);
      if (seeds) arb = fc.oneof(w(1, arb), w(2, this.seeded(seeds, resolved, true)));
      byName.set(name, arb);
    }
    return arb;
  }

  private buildMutated(s: Schema, name: string, depth: number): Arb {
    const self = w(2, this.hostile(s, name));
    const props = Object.entries(s.properties ?? {});
    if (props.length && depth < 6) {
      const required = s.required ?? [];
      const validProps = Object.fromEntries(props.map(([k, p]) => [k, this.valid(p, k, depth + 1)]));
      const oneBroken = fc.oneof(
        ...props.map(([k, p]) =>
          fc.record(
            { ...validProps, [k]: this.mutated(p, k, depth + 1) },
            { requiredKeys: [...new Set([...required, k])].filter((r) => r in validProps) },
          ),
        ),
      );
      const whole = this.valid(s, name, depth);
      const arbs: fc.WeightedArbitrary<unknown>[] = [self, w(6, oneBroken)];
      if (required.length) {
        arbs.push(
          w(
            2,
            fc.tuple(whole, fc.constantFrom(...required)).map(([v, k]) => {
              const copy = { ...(v as Record<string, unknown>) };
              delete copy[k];
              return copy;
            }),
          ),
        );
      }
      // null for a field that may be left out but is not nullable: "absent" to some validators, not to the code.
      const optional = props
        .filter(([k, p]) => !required.includes(k) && !this.resolve(p).nullable)
        .map(([k]) => k);
      if (optional.length) {
        arbs.push(
          w(
            2,
            fc.tuple(whole, fc.constantFrom(...optional)).map(([v, k]) => withKey(v, k, null)),
          ),
        );
      }
      arbs.push(
        w(
          2,
          fc
            .tuple(
              whole,
              fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })),
              this.hostile({}),
            )
            .map(([v, k, x]) => withKey(v, k, x)),
        ),
      );
      return fc.oneof(...arbs);
    }
    if (s.type === 'array' && s.items && depth < 6) {
      const item = this.valid(s.items, '', depth + 1);
      const broken = this.mutated(s.items, '', depth + 1);
      return fc.oneof(
        self,
        w(
          4,
          fc.tuple(fc.array(item, { maxLength: 3 }), broken, fc.nat()).map(([items, b, at]) => {
            const copy = [...items];
            copy.splice(at % (copy.length + 1), 0, b);
            return copy;
          }),
        ),
      );
    }
    return this.hostile(s, name);
  }
}

/** Integers between the bounds (any size JSON allows), with the bounds themselves now and then. */
function integerArb(min: number | undefined, max: number | undefined): fc.Arbitrary<number> {
  const lo = min ?? 0;
  const hi = max ?? lo + 10_000;
  const inner =
    lo >= -0x80000000 && hi <= 0x7fffffff
      ? fc.integer({ min: lo, max: hi })
      : fc.bigInt({ min: BigInt(Math.ceil(lo)), max: BigInt(Math.floor(hi)) }).map(Number);
  return fc.oneof(w(5, inner), w(1, fc.constantFrom(lo, hi)));
}
