import { CanActivate, ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Request } from 'express';
import type { Role } from '@bn/shared/contracts';
import { DomainError } from '../errors/domain-error';
import { AuditWriter } from '../persistence/audit-writer';
import { Principal, RequestContext } from '../context/request-context';
import { PUBLIC_KEY, ROLES_KEY, SECOND_FACTOR_PENDING_KEY } from './roles.decorator';
import { readSessionToken } from './session-cookie';
import { ResolvedSession, SessionService } from './session.service';

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  session?: ResolvedSession;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The global guard. A route without a declaration (@Roles, @AnyRole or @Public) is refused for
 * everybody; otherwise the session cookie must name a live session whose user has one of the roles.
 * Cookie-authenticated writes must come from the app's own origin (CSRF protection).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('AuthGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly audit: AuditWriter,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      return true;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) {
      this.logger.error(`Route without permission declaration refused: ${request.method} ${request.route?.path ?? request.path}`);
      throw new DomainError('ROUTE_NOT_DECLARED', HttpStatus.FORBIDDEN, 'Dafür fehlt Ihnen die Berechtigung.');
    }
    const token = readSessionToken(request);
    const session = token ? await this.sessions.resolve(token) : null;
    if (!session) {
      if (token) this.logger.warn(`security: unknown or expired session on ${request.method} ${request.path}`);
      throw new DomainError('UNAUTHENTICATED', HttpStatus.UNAUTHORIZED, 'Bitte melden Sie sich an.');
    }
    if (session.isSecondFactorPending && !this.reflector.getAllAndOverride<boolean>(SECOND_FACTOR_PENDING_KEY, targets)) {
      throw new DomainError('SECOND_FACTOR_REQUIRED', HttpStatus.UNAUTHORIZED, 'Bitte bestätigen Sie die Anmeldung mit Ihrem Einmalcode.');
    }
    request.principal = session.principal;
    request.session = session;
    RequestContext.setPrincipal(session.principal);
    if (UNSAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
      throw new DomainError('CSRF_REJECTED', HttpStatus.FORBIDDEN, 'Die Anfrage kam nicht von dieser Anwendung und wurde abgelehnt.');
    }
    if (!roles.includes(session.principal.role)) {
      await this.recordDenial(request, session.principal);
      throw new DomainError('FORBIDDEN', HttpStatus.FORBIDDEN, 'Dafür fehlt Ihnen die Berechtigung.');
    }
    return true;
  }

  private async recordDenial(request: Request, principal: Principal): Promise<void> {
    this.logger.warn(`security: access denied ${request.method} ${request.originalUrl.split('?')[0]} for role ${principal.role}`);
    await this.audit.record(this.dataSource.manager, {
      actor: principal.displayName,
      action: 'PERMISSION_DENIED',
      entityType: 'Route',
      entityId: null,
      after: { method: request.method, path: request.originalUrl.split('?')[0], role: principal.role },
    });
  }
}

/**
 * Browsers send Sec-Fetch-Site and Origin with cross-site writes; a write is accepted when neither
 * says it came from elsewhere. (Clients without a browser send neither, and carry no ambient cookie.)
 */
function isSameOrigin(request: Request): boolean {
  const site = request.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.header('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === request.header('host');
  } catch {
    return false;
  }
}
