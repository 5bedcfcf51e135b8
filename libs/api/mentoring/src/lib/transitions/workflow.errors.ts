import { HttpStatus } from '@nestjs/common';
import { conflict, DomainError } from '@bn/api/core';
import { Refusal } from '../workflow/workflow-machine';

/**
 * A refused transition as an HTTP answer: a wrong role is 403, a missing reason a 400 on `note`, an
 * impossible path or an unmet precondition a 409; the code and the German explanation come from the
 * state machine.
 */
export function refusalError(refusal: Refusal): DomainError {
  switch (refusal.kind) {
    case 'role':
      return new DomainError(refusal.code, HttpStatus.FORBIDDEN, refusal.message);
    case 'reason':
      return new DomainError(refusal.code, HttpStatus.BAD_REQUEST, 'Die Eingaben sind ungültig.', { note: refusal.message });
    default:
      return conflict(refusal.code, refusal.message);
  }
}
