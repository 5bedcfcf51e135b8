import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/auth.guard';

/** Name of the acting user as recorded in audit entries and status histories. */
export const SYSTEM_ACTOR = 'System';

export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().principal?.displayName ?? SYSTEM_ACTOR,
);
