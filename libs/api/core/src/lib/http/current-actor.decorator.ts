import { createParamDecorator } from '@nestjs/common';

/**
 * The actor recorded in audit entries and status histories. Until user accounts exist (access
 * issue), every request acts as the anonymous local user; that issue replaces this with the
 * authenticated user's name.
 */
export const ANONYMOUS_ACTOR = 'Unangemeldet (lokal)';

export const CurrentActor = createParamDecorator((): string => ANONYMOUS_ACTOR);
