import { IsOptional, ValidateBy } from 'class-validator';
import { isIsoCalendarDate } from '@bn/shared/util';
import { ListQueryDto } from '../common/pagination';
import { EnumField, UuidField } from '../common/validation';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AuditAction, AuditEntityType } from './audit-entry.dto';

/** YYYY-MM-DD, optionally followed by a time (HH:MM[:SS[.fff]]) and an offset (Z or ±HH:MM). */
const ISO_DATE_OR_DATETIME = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** True for an ISO calendar date or an ISO date-time with a real calendar date. */
export function isIsoDateOrDateTime(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_OR_DATETIME.exec(value);
  return !!match && isIsoCalendarDate(match[1]);
}

/** A period bound: a calendar date (whole day, Berlin time) or an exact ISO date-time. */
function PeriodBoundField(): PropertyDecorator {
  const decorators = [
    IsOptional(),
    ValidateBy(
      { name: 'isIsoDateOrDateTime', validator: { validate: isIsoDateOrDateTime } },
      { message: 'Muss ein Datum (JJJJ-MM-TT) oder ein Zeitpunkt (JJJJ-MM-TTTHH:MM) sein.' },
    ),
  ];
  return (target: object, propertyKey: string | symbol) => decorators.forEach((decorator) => decorator(target, propertyKey));
}

/**
 * Filters of a record's history. Newest first unless `direction=asc`; `q` searches the actor's name;
 * `from`/`to` are inclusive (a date covers the whole day).
 */
export class AuditHistoryQueryDto extends ListQueryDto {
  /** Only entries of this user account. */
  @UuidField({ optional: true })
  actorId?: string;

  @EnumField(AUDIT_ACTIONS, { optional: true })
  action?: AuditAction;

  @PeriodBoundField()
  from?: string;

  @PeriodBoundField()
  to?: string;
}

/** Filters of the whole audit log. */
export class AuditListQueryDto extends AuditHistoryQueryDto {
  @EnumField(AUDIT_ENTITY_TYPES, { optional: true })
  entityType?: AuditEntityType;

  @UuidField({ optional: true })
  entityId?: string;
}
