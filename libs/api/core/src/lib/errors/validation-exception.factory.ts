import { ValidationError } from 'class-validator';
import { DomainError } from './domain-error';
import { HttpStatus } from '@nestjs/common';

const FALLBACK_MESSAGES: Record<string, string> = {
  whitelistValidation: 'Dieses Feld ist nicht erlaubt.',
  nestedValidation: 'Muss ein Objekt sein.',
  isObject: 'Muss ein Objekt sein.',
};

/** Flattens nested errors into `{ 'path.to.field': 'German message' }` (one message per field). */
export function collectFieldMessages(errors: ValidationError[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const [key] = Object.keys(constraints);
    if (key) {
      fields[path] = FALLBACK_MESSAGES[key] ?? constraints[key];
    }
    if (error.children?.length) {
      Object.assign(fields, collectFieldMessages(error.children, path));
    }
  }
  return fields;
}

/** exceptionFactory for the global ValidationPipe. */
export function validationExceptionFactory(errors: ValidationError[]): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    HttpStatus.BAD_REQUEST,
    'Die Eingaben sind ungültig. Bitte prüfen Sie die markierten Felder.',
    collectFieldMessages(errors),
  );
}
