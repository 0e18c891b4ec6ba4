import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Helmet's policy for this API (the Swagger UI at /api/docs needs inline styles and scripts). */
const HELMET_OPTIONS: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: [`'self'`],
      styleSrc: [`'self'`, `'unsafe-inline'`],
      imgSrc: [`'self'`, 'data:', 'validator.swagger.io'],
      scriptSrc: [`'self'`, `'unsafe-inline'`],
      upgradeInsecureRequests: null,
    },
  },
};

/**
 * Helmet's security headers, computed once. The policy has no per-request parts (no nonces), so the headers are
 * the same on every response; @fastify/helmet rebuilt the helmet middleware (and re-parsed the CSP) per request,
 * which was measurable under load (issue 3 benchmark).
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(HELMET_OPTIONS)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error('helmet could not build its headers');
  });
  return headers;
}
