import { HttpStatus } from '@nestjs/common';

/**
 * A failure with a stable code, an HTTP status and a German message. Services throw these;
 * the global filter turns them into `{ code, message, fields? }`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: HttpStatus,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export function notFound(code: string, message: string): DomainError {
  return new DomainError(code, HttpStatus.NOT_FOUND, message);
}

export function versionConflict(): DomainError {
  return new DomainError(
    'VERSION_CONFLICT',
    HttpStatus.CONFLICT,
    'Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte laden Sie ihn neu und wiederholen Sie die Änderung.',
  );
}

export function invalidField(code: string, field: string, message: string): DomainError {
  return new DomainError(code, HttpStatus.BAD_REQUEST, 'Die Eingaben sind ungültig.', { [field]: message });
}

export function conflict(code: string, message: string, fields?: Record<string, string>): DomainError {
  return new DomainError(code, HttpStatus.CONFLICT, message, fields);
}
