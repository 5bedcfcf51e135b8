import type { Request, Response } from 'express';
import { parse } from 'cookie';

export const SESSION_COOKIE = 'bn_session';
/** Over HTTPS the cookie gets the __Host- prefix (Secure, Path=/, no Domain). */
export const SECURE_SESSION_COOKIE = '__Host-bn_session';

export function isHttps(req: Request): boolean {
  return req.secure || req.header('x-forwarded-proto') === 'https';
}

export function readSessionToken(req: Request): string | null {
  const header = req.header('cookie');
  if (!header) return null;
  const cookies = parse(header);
  return cookies[SECURE_SESSION_COOKIE] ?? cookies[SESSION_COOKIE] ?? null;
}

/**
 * Sets the session cookie: HttpOnly, SameSite=Lax, Secure, Path=/, and the __Host- prefix over HTTPS.
 * Browsers treat http://localhost as a secure context, so the Secure cookie also works for `npm start`.
 */
export function writeSessionCookie(req: Request, res: Response, token: string, maxAgeMs: number): void {
  const https = isHttps(req);
  res.cookie(https ? SECURE_SESSION_COOKIE : SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: true,
    path: '/',
    maxAge: maxAgeMs,
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  const https = isHttps(req);
  res.clearCookie(https ? SECURE_SESSION_COOKIE : SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
}
