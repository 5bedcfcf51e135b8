import { createParamDecorator, ExecutionContext, HttpStatus } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { Principal } from '../context/request-context';
import type { AuthenticatedRequest } from './auth.guard';

/** The signed-in user of the request (set by the AuthGuard). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) {
    throw new DomainError('UNAUTHENTICATED', HttpStatus.UNAUTHORIZED, 'Bitte melden Sie sich an.');
  }
  return principal;
});
