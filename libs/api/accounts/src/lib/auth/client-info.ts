import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthenticatedRequest, DomainError, Principal, RequestContext, ResolvedSession } from '@bn/api/core';
import { HttpStatus } from '@nestjs/common';
import { TooManyAttemptsError } from '../accounts.errors';

/** Where a request came from (the app trusts loopback proxies, so `ip` honours X-Forwarded-For there). */
export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export function clientOf(req: Request): ClientInfo {
  return { ip: (req.ip ?? 'unbekannt').slice(0, 64), userAgent: req.header('user-agent')?.slice(0, 300) ?? null };
}

/** The live session of the request (set by the global AuthGuard). */
export const CurrentSession = createParamDecorator((_data: unknown, context: ExecutionContext): ResolvedSession => {
  const session = context.switchToHttp().getRequest<AuthenticatedRequest>().session;
  if (!session) throw new DomainError('UNAUTHENTICATED', HttpStatus.UNAUTHORIZED, 'Bitte melden Sie sich an.');
  return session;
});

/** Runs a throttled action; a 429 gets its Retry-After header. */
export async function withRetryAfter<T>(res: Response, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof TooManyAttemptsError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    throw error;
  }
}

/**
 * Runs `write` with the given account as the request's principal, so audit entries of public routes
 * (login, one-time links) name the account as actor. The previous principal is restored afterwards.
 */
export async function asActor<T>(account: { id: string; displayName: string; email: string; role: Principal['role'] }, write: () => Promise<T>): Promise<T> {
  const previous = RequestContext.principal();
  RequestContext.setPrincipal({
    userId: account.id,
    displayName: account.displayName,
    email: account.email,
    role: account.role,
    allianceIds: [],
    mentorProfileId: null,
    sessionId: previous?.sessionId ?? '',
  });
  try {
    return await write();
  } finally {
    RequestContext.setPrincipal(previous);
  }
}
