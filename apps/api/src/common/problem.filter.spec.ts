import { ArgumentsHost, BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { DomainError, DomainErrorCode, JsonLogger } from '@app/platform';
import { QueryFailedError } from 'typeorm';
import { JsonLimitError } from './json-limits';
import { ProblemFilter } from './problem.filter';
import { RequestValidationError } from './validation';

function run(
  exception: unknown,
  logger = { error: jest.fn(), event: jest.fn() },
  headers: Record<string, string> = {},
): {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
} {
  const sent = { status: 0, body: {} as Record<string, unknown>, headers: {} as Record<string, string> };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return reply;
    },
    send(body: Record<string, unknown>) {
      sent.body = body;
      return reply;
    },
  };
  const host = {
    switchToHttp: () => ({
      getRequest: () => ({ url: '/api/x', id: 'req-1', headers }),
      getResponse: () => reply,
    }),
  } as unknown as ArgumentsHost;
  new ProblemFilter(logger as unknown as JsonLogger).catch(exception, host);
  return sent;
}

describe('problem responses (RFC 9457)', () => {
  it('answers in nynorsk when Accept-Language asks for it, rebuilding a detail that lists the errors', () => {
    const error = DomainError.rules([
      { field: 'title', rule: 'maxChars', message: 'Teksten kan ha høyst 150 tegn (har 151).' },
      { field: 'periodEnd', rule: 'afterStart', message: 'Sluttdatoen må være etter startdatoen.' },
    ]);
    const nn = run(error, undefined, { 'accept-language': 'nn' });
    expect(nn.headers['content-language']).toBe('nn');
    expect(nn.body).toMatchObject({
      title: 'Opplysningane bryt ein regel',
      detail: 'Teksten kan ha høgst 150 teikn (har 151). Sluttdatoen må vere etter startdatoen.',
      errors: [
        { field: 'title', rule: 'maxChars', message: 'Teksten kan ha høgst 150 teikn (har 151).' },
        { field: 'periodEnd', rule: 'afterStart', message: 'Sluttdatoen må vere etter startdatoen.' },
      ],
    });
    const nb = run(error);
    expect(nb.headers['content-language']).toBe('nb');
    expect(nb.body.title).toBe('Opplysningene bryter en regel');
  });

  it('names fields by their labels in a validation detail, keeping the keys in errors', () => {
    const sent = run(
      new RequestValidationError([
        { field: 'roundId', rule: 'required', message: 'Feltet må fylles ut.' },
        { field: 'budgetLines[1].amountOre', rule: 'min', message: 'Kan ikke være mindre enn 1.' },
      ]),
      undefined,
      { 'accept-language': 'nn-NO' },
    );
    expect(sent.body.detail).toBe(
      'Utlysing: Feltet må fyllast ut. Budsjett, nr. 2, Beløp: Kan ikkje vere mindre enn 1.',
    );
    expect((sent.body.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'roundId',
      'budgetLines[1].amountOre',
    ]);
  });

  it('maps every domain error code to its status', () => {
    const expected: Record<DomainErrorCode, number> = {
      not_found: 404,
      invalid_state: 409,
      stale_version: 409,
      duplicate: 409,
      rule_violation: 422,
      forbidden: 403,
      unauthenticated: 401,
      rate_limited: 429,
      contention: 409,
      unavailable: 503,
    };
    for (const code of Object.values(DomainErrorCode)) {
      expect(run(new DomainError(code, 'x')).status).toBe(expected[code]);
    }
  });

  it('hides internals of unknown errors and gives the correlation id', () => {
    const sent = run(new Error('relation "secret_table" does not exist'));
    expect(sent.status).toBe(500);
    expect(sent.headers['content-type']).toBe('application/problem+json');
    expect(JSON.stringify(sent.body)).not.toContain('secret_table');
    expect(sent.body).toMatchObject({ type: 'urn:problem:tilskudd:internal', requestId: 'req-1' });
    expect(sent.body.detail).toContain('req-1');
  });

  it('lists validation errors with their field paths', () => {
    const sent = run(
      new RequestValidationError([{ field: 'a.b[0]', rule: 'isInt', message: 'Må være et heltall.' }]),
    );
    expect(sent.status).toBe(400);
    expect(sent.body.errors).toEqual([{ field: 'a.b[0]', rule: 'isInt', message: 'Må være et heltall.' }]);
  });

  it("keeps client HTTP errors as 4xx in Norwegian, without the framework's English message", () => {
    // What Nest makes of Fastify's error for a malformed JSON body.
    const sent = run(
      new HttpException("Body is not valid JSON but content-type is set to 'application/json'", 400),
    );
    expect(sent).toMatchObject({
      status: 400,
      body: { title: 'Ugyldig forespørsel', detail: 'Innholdet er ikke gyldig JSON.', instance: '/api/x' },
    });
    const other = run(new BadRequestException(`Something about ${'x'.repeat(500)}`));
    expect(other.body).toMatchObject({ status: 400, detail: 'Forespørselen kunne ikke behandles.' });
    const route = run(new NotFoundException('Cannot GET /api/nowhere'));
    expect(route.body).toMatchObject({
      type: 'urn:problem:tilskudd:not-found',
      detail: 'Det finnes ingen slik adresse i API-et. Se dokumentasjonen på /api/docs.',
    });
  });

  it('names the broken JSON limit', () => {
    const sent = run(new JsonLimitError('maxItems', 10_000));
    expect(sent).toMatchObject({
      status: 400,
      body: {
        type: 'urn:problem:tilskudd:json-too-complex',
        title: 'JSON-innholdet er for komplekst',
        limit: 'maxItems',
        maximum: 10_000,
        detail: 'JSON-innholdet har mer enn 10 000 felt og listeelementer til sammen.',
      },
    });
  });

  it.each([
    ['deadlock_detected', '40P01'],
    ['serialization_failure', '40001'],
  ])('answers a %s that reached the API as a 409 in Norwegian, never a 500', (_name, code) => {
    const driverError = Object.assign(new Error('deadlock detected'), { code });
    const sent = run(new QueryFailedError('UPDATE applications …', [], driverError));
    expect(sent.status).toBe(409);
    expect(sent.headers['retry-after']).toBe('1');
    expect(sent.body).toMatchObject({
      type: 'urn:problem:tilskudd:concurrent-update',
      title: 'Samtidig endring',
      detail: expect.stringContaining('prøv igjen'),
    });
    expect(JSON.stringify(sent.body)).not.toContain('deadlock');
  });

  it('sets Retry-After when rate limited', () => {
    const sent = run(new DomainError(DomainErrorCode.RateLimited, 'x', { retryAfterSeconds: 42 }));
    expect(sent.headers['retry-after']).toBe('42');
  });

  it.each([
    [
      'PostgreSQL refusing connections',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    [
      'PostgreSQL shutting down',
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    ],
    ['no pooled connection in time', new Error('timeout exceeded when trying to connect')],
    ['Redis not answering', new Error('Command timed out')],
  ])(
    'answers an outage (%s) with 503, Retry-After and the unavailable problem type, logging no stack',
    (_, error) => {
      const logger = { error: jest.fn(), event: jest.fn() };
      const sent = run(error, logger);
      expect(sent.status).toBe(503);
      expect(sent.headers['retry-after']).toBe('10');
      expect(sent.body).toMatchObject({
        type: 'urn:problem:tilskudd:unavailable',
        title: 'Tjenesten er midlertidig utilgjengelig',
        status: 503,
        requestId: 'req-1',
      });
      expect(JSON.stringify(sent.body)).not.toMatch(/5432|ECONNREFUSED|timed out/);
      expect(logger.error).not.toHaveBeenCalled();
      expect(logger.event).toHaveBeenCalledWith(
        'warn',
        'store unavailable',
        expect.objectContaining({ requestId: 'req-1' }),
      );
    },
  );
});
