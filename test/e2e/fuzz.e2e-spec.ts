import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createOpenApiDocument } from '../../apps/api/src/app.factory';
import { SchemaArbitraries } from '../support/fuzz/arbitraries';
import { corpus } from '../support/fuzz/corpus';
import { fuzzConfig, InputClass, operationSeed } from '../support/fuzz/config';
import { isolatedStores } from '../support/fuzz/isolation';
import { contractDocument, Operation, operationsOf } from '../support/fuzz/operations';
import { classesOf, describeExchange, judge, send, withoutNul } from '../support/fuzz/exchange';
import { FuzzRequest, RequestArbitraries } from '../support/fuzz/requests';
import { buildWorld, FuzzWorld } from '../support/fuzz/world';
import { createTestApp, TestContext } from '../support/test-app';

/**
 * Schema-driven fuzzing: every operation of the OpenAPI document the running app produces gets requests
 * generated from its schemas by fast-check — valid ones and hostile ones — as callers who may and may not call
 * it, with real ids most of the time. No answer may be a 5xx; every 4xx is a problem document.
 * `npm test` runs a bounded number per operation with a fixed seed; `npm run test:fuzz` runs many more.
 * See docs/decisions.md, "Security: schema-driven fuzzing".
 */
const config = fuzzConfig();

class FuzzFailure extends Error {
  constructor(
    readonly reason: string,
    readonly exchange: string,
    readonly classes: InputClass[],
  ) {
    super(`${reason}\n${exchange}`);
  }
}

interface OperationResult {
  requests: number;
  ms: number;
  statuses: Map<number, number>;
  failure?: { reason: string; classes: InputClass[] };
}

describe(`schema-driven fuzzing (seed ${config.seed}, ${config.runs} requests per operation)`, () => {
  let ctx: TestContext;
  let world: FuzzWorld;
  let operations: Operation[];
  let requests: RequestArbitraries;
  let dropStores: (() => Promise<void>) | undefined;
  const results = new Map<string, OperationResult>();

  beforeAll(async () => {
    const started = Date.now();
    dropStores = await isolatedStores();
    ctx = await createTestApp();
    const migrated = Date.now();
    world = await buildWorld(ctx);
    const built = Date.now();
    const committedPath = join(__dirname, '../../openapi.json');
    const committed = existsSync(committedPath)
      ? (JSON.parse(readFileSync(committedPath, 'utf8')) as OpenAPIObject)
      : null;
    const document = contractDocument(createOpenApiDocument(ctx.app), committed);
    operations = operationsOf(document);
    requests = new RequestArbitraries(
      new SchemaArbitraries(document, world, config.exclude, corpus(world)),
      config,
    );
    process.stderr.write(
      `fuzz: seed ${config.seed} (FUZZ_SEED), ${config.runs} requests per operation (FUZZ_RUNS)` +
        (config.exclude.size ? `, excluding ${[...config.exclude].join(', ')} (FUZZ_EXCLUDE)` : '') +
        `; database and app ready in ${seconds(migrated - started)}, data built in ${seconds(built - migrated)}\n`,
    );
  }, 180_000);

  afterAll(async () => {
    await ctx?.close();
    await dropStores?.();
  });

  const selected = () => {
    if (!config.operations) return operations;
    const unknown = config.operations.filter((id) => !operations.some((op) => op.id === id));
    if (unknown.length) throw new Error(`FUZZ_OPS names no operation of the document: ${unknown.join(', ')}`);
    return operations.filter((op) => config.operations!.includes(op.id));
  };

  it(
    'answers no request with a 5xx, and every 4xx with a problem document',
    async () => {
      const started = Date.now();
      const failures: string[] = [];
      for (const op of selected()) {
        const result: OperationResult = { requests: 0, ms: 0, statuses: new Map() };
        const opStarted = Date.now();
        results.set(op.id, result);
        const seed = operationSeed(config.seed, op.id);
        const property = fc.asyncProperty(requests.forOperation(op), async (generated: FuzzRequest) => {
          const req = config.exclude.has('nul') ? withoutNul(generated) : generated;
          const sent = await send(ctx, world, op, req);
          result.requests++;
          result.statuses.set(sent.status, (result.statuses.get(sent.status) ?? 0) + 1);
          if (config.trace.has(sent.status))
            process.stderr.write(`fuzz: ${op.id}\n${describeExchange(req, sent)}\n`);
          const wrong = judge(sent);
          if (wrong) throw new FuzzFailure(wrong, describeExchange(req, sent), classesOf(req, sent));
        });
        const details = await fc.check(property, { seed, numRuns: config.runs, path: config.path });
        if (details.failed) {
          const error = details.errorInstance;
          const failure =
            error instanceof FuzzFailure
              ? error
              : new FuzzFailure(String(error), '(no exchange recorded)', []);
          result.failure = { reason: failure.reason, classes: failure.classes };
          failures.push(
            [
              `${op.id} (${op.method.toUpperCase()} ${op.path}) ${failure.reason}`,
              failure.exchange,
              ...(failure.classes.length ? [`input classes: ${failure.classes.join(', ')}`] : []),
              `found after ${details.numRuns} requests, shrunk ${details.numShrinks} times; replay with`,
              `  FUZZ_SEED=${config.seed} FUZZ_OPS=${op.id} FUZZ_PATH=${details.counterexamplePath} npm run test:fuzz`,
            ].join('\n'),
          );
        }
        result.ms = Date.now() - opStarted;
        if (config.long) process.stderr.write(`fuzz: ${op.id} ${result.ms} ms: ${summary(result)}\n`);
      }
      const all = [...results.values()];
      process.stderr.write(
        `fuzz: ${all.reduce((n, r) => n + r.requests, 0)} requests to ${all.length} operations in ` +
          `${seconds(Date.now() - started)}; ${failures.length} failing operations; ` +
          `answers ${summary({ requests: 0, ms: 0, statuses: merged(all) })}\n`,
      );
      expect(failures.join('\n\n')).toBe('');
    },
    120_000 + 120 * config.runs * 250,
  );

  it('fuzzed every operation of the document, mostly as a caller the operation lets in', () => {
    const expected = selected().map((op) => op.id);
    expect([...results.keys()].sort()).toEqual([...expected].sort());
    for (const op of selected()) {
      const result = results.get(op.id)!;
      // The guard's roles were read for every operation, so the fuzzer could send it as one that may call it.
      expect({ op: op.id, accessKnown: op.access !== null }).toEqual({ op: op.id, accessKnown: true });
      if (result.failure) continue;
      expect({ op: op.id, requests: result.requests }).toEqual({
        op: op.id,
        requests: config.path ? 1 : config.runs,
      });
      // Some requests got past authentication and authorisation into validation or the service.
      const past = [...result.statuses]
        .filter(([s]) => s !== 401 && s !== 403)
        .reduce((n, [, c]) => n + c, 0);
      expect({ op: op.id, pastTheGuard: past > 0 }).toEqual({ op: op.id, pastTheGuard: true });
    }
  });
});

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function merged(results: OperationResult[]): Map<number, number> {
  const all = new Map<number, number>();
  for (const r of results) for (const [s, n] of r.statuses) all.set(s, (all.get(s) ?? 0) + n);
  return all;
}

function summary(result: OperationResult): string {
  return [...result.statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}×${n}`)
    .join(' ');
}
