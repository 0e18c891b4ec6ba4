import type { FastifyRequest } from 'fastify';

/**
 * The client's address as far as the API can trust it: the TCP peer, or, when the peer is a configured reverse
 * proxy (TRUST_PROXY), the address that proxy saw (X-Forwarded-For, walked from the right past trusted proxies).
 * Fastify computes it from `trustProxy` (app.factory.ts); everything that counts or records clients uses this.
 */
export function clientAddress(request: FastifyRequest): string {
  return request.ip;
}
