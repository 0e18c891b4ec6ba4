import { JsonLogger } from '@app/platform';
import type { FastifyInstance } from 'fastify';
import type { Socket } from 'node:net';
import { clientErrorHandler, useEarlyErrorLogger } from './early-errors';

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
