import type { CookieSerializeOptions } from '@fastify/cookie';
import { SessionConfig } from '@app/platform';
import { SessionEnd, SessionInfo } from '@app/grants';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { ApiProblem } from '../common/problem';

/**
 * The browser's side of a session (issue 18): the cookie, the CSRF token and the same-origin checks. The session
 * itself (PostgreSQL) is SessionsService's in libs/grants/src/identity.
 */

/** Methods that change nothing: no CSRF token needed. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CSRF_HEADER = 'x-csrf-token';

/** The session cookie's value as sent, or undefined. */
export function sessionCookie(request: FastifyRequest, config: SessionConfig): string | undefined {
  const value = request.cookies?.[config.cookieName];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** HttpOnly (no script reads it), SameSite=Lax (not sent with another site's POST), Path=/, Secure in production. */
function cookieOptions(config: SessionConfig): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: config.secureCookie };
}

export function setSessionCookie(reply: FastifyReply, config: SessionConfig, token: string): void {
  void reply.setCookie(config.cookieName, token, cookieOptions(config));
}

export function clearSessionCookie(reply: FastifyReply, config: SessionConfig): void {
  void reply.clearCookie(config.cookieName, cookieOptions(config));
}

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** Why the browser was logged out, in words for the user. */
export function sessionEndedProblem(reason: SessionEnd, config: SessionConfig): ApiProblem {
  const detail: Record<SessionEnd, string> = {
    [SessionEnd.Idle]: `Du ble logget ut fordi du ikke har vært aktiv på ${config.idleMinutes} minutter. Logg inn på nytt.`,
    [SessionEnd.Absolute]: `Du ble logget ut fordi det er gått ${config.absoluteHours} timer siden du logget inn. Logg inn på nytt.`,
    [SessionEnd.LoggedOut]: 'Du har logget ut. Logg inn på nytt for å fortsette.',
    [SessionEnd.CredentialsChanged]:
      'Du ble logget ut fordi passordet eller tilgangen din er endret. Logg inn på nytt.',
  };
  return new ApiProblem(401, 'session-expired', 'Økten er utløpt', detail[reason], { reason });
}

export function notLoggedInProblem(): ApiProblem {
  return new ApiProblem(401, 'unauthenticated', 'Ikke innlogget', 'Du er ikke logget inn.');
}

function csrfProblem(detail: string): ApiProblem {
  return new ApiProblem(403, 'csrf', 'Forespørselen er avvist', detail);
}

/**
 * A request that carries a session cookie must come from our own pages: when the browser says where it comes from
 * (Origin, Sec-Fetch-Site), that must be this origin (the request's own scheme and host, or PUBLIC_BASE_URL).
 */
export function requireSameOrigin(request: FastifyRequest, publicBaseUrl: string): void {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin') {
    throw csrfProblem('Forespørselen kom fra et annet nettsted og er avvist.');
  }
  const origin = request.headers.origin;
  if (origin === undefined) return;
  const own = new Set([new URL(publicBaseUrl).origin]);
  if (request.host) own.add(`${request.protocol}://${request.host}`);
  if (!own.has(origin)) throw csrfProblem('Forespørselen kom fra et annet nettsted og er avvist.');
}

/** A state-changing request with the session cookie: the session's CSRF token in X-CSRF-Token, from our origin. */
export function requireCsrf(request: FastifyRequest, session: SessionInfo, publicBaseUrl: string): void {
  requireSameOrigin(request, publicBaseUrl);
  const sent = request.headers[CSRF_HEADER];
  const expected = Buffer.from(session.csrfToken);
  const given = typeof sent === 'string' ? Buffer.from(sent) : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw csrfProblem(
      'Forespørselen mangler gyldig CSRF-token (X-CSRF-Token). Last siden på nytt og prøv igjen.',
    );
  }
}
