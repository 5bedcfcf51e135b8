import { HttpStatus, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

/** Validates a UUID path parameter; a malformed id is a 400 with a German message, never a 500. */
export const ParseIdPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new DomainError('INVALID_ID', HttpStatus.BAD_REQUEST, 'Die ID in der Adresse ist ungültig.', {
      id: 'Muss eine gültige ID (UUID) sein.',
    }),
});
