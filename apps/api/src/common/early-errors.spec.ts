import { JsonLogger } from '@app/platform';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { clientErrorHandler, frameworkErrors, useEarlyErrorLogger } from './early-errors';

function fakeSocket(): Socket & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    writable: true,
    destroyed: false,
    write: (chunk: string) => written.push(chunk),
    destroy: jest.fn(),
  } as unknown as Socket & { written: string[] };
}

describe("answers to Node's HTTP parser errors", () => {
  const fastify = {} as FastifyInstance;
  const logger = { event: jest.fn() };
  useEarlyErrorLogger(fastify, logger as unknown as JsonLogger);

  it.each([
    ['ERR_HTTP_REQUEST_TIMEOUT', 408, 'Request Timeout', 'request-timeout'],
    ['HPE_HEADER_OVERFLOW', 431, 'Request Header Fields Too Large', 'header-fields-too-large'],
    ['HPE_INVALID_METHOD', 400, 'Bad Request', 'bad-request'],
  ])(
    'answers %s with a %d problem, security headers and a request id, and logs it',
    (code, status, reason, slug) => {
      const socket = fakeSocket();
      clientErrorHandler.call(fastify, Object.assign(new Error('parse error'), { code }), socket);
      const [answer] = socket.written;
      const [head, body] = answer.split('\r\n\r\n');
      expect(head.split('\r\n')[0]).toBe(`HTTP/1.1 ${status} ${reason}`);
      expect(head).toContain('content-type: application/problem+json');
      expect(head).toContain('x-content-type-options: nosniff');
      expect(head).toContain('connection: close');
      const requestId = /x-request-id: (\S+)/.exec(head)?.[1];
      expect(JSON.parse(body)).toMatchObject({ type: `urn:problem:tilskudd:${slug}`, status, requestId });
      expect(socket.destroy).toHaveBeenCalled();
      expect(logger.event).toHaveBeenLastCalledWith('info', 'request', { requestId, status, error: code });
    },
  );

  it('writes nothing to a connection that was reset, or whose answer is already under way', () => {
    const reset = fakeSocket();
    clientErrorHandler.call(fastify, Object.assign(new Error('reset'), { code: 'ECONNRESET' }), reset);
    expect(reset.written).toEqual([]);
    const busy = Object.assign(fakeSocket(), { _httpMessage: { headersSent: true } });
    clientErrorHandler.call(fastify, Object.assign(new Error('x'), { code: 'HPE_INVALID_METHOD' }), busy);
    expect(busy.written).toEqual([]);
    expect(busy.destroy).toHaveBeenCalled();
  });
});

describe("answers to Fastify's router errors", () => {
  function reply() {
    const sent = { status: 0, headers: {} as Record<string, string>, body: '' };
    const r = {
      code: (status: number) => ((sent.status = status), r),
      headers: (h: Record<string, string>) => ((sent.headers = h), r),
      send: (body: string) => ((sent.body = body), r),
    };
    return { r, sent };
  }
  const request = { id: 'req-9', method: 'GET', url: '/api/x', server: {} } as unknown as FastifyRequest;

  it('keeps the status of an error it has no text for, in general words', () => {
    const { r, sent } = reply();
    const error = Object.assign(new Error('Unexpected error from async constraint'), {
      code: 'FST_ERR_ASYNC_CONSTRAINT',
      statusCode: 500,
    }) as FastifyError;
    frameworkErrors(error, request, r as unknown as FastifyReply);
    expect(sent.status).toBe(500);
    expect(sent.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(sent.body)).toMatchObject({
      type: 'urn:problem:tilskudd:internal',
      requestId: 'req-9',
    });
    expect(sent.body).not.toContain('async constraint');
  });
});
