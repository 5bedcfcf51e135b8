import { PipeTransform } from '@nestjs/common';
import { AUDIT_ENTITY_TYPES, AuditEntityType } from '@bn/shared/contracts';
import { unknownEntityType } from './audit.errors';

const KNOWN = new Set<string>(AUDIT_ENTITY_TYPES);

/** Accepts only the entity types the services write into the audit trail; anything else is a 400. */
export class ParseEntityTypePipe implements PipeTransform<string, AuditEntityType> {
  transform(value: string): AuditEntityType {
    if (!KNOWN.has(value)) throw unknownEntityType();
    return value as AuditEntityType;
  }
}
