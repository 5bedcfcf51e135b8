import { Consent, Person, PersonFunction } from '@bn/api/data-access-db';
import {
  CONSENT_PURPOSE_LABELS,
  ConsentDto,
  PERSON_FUNCTION_LABELS,
  PersonDto,
  PersonFunctionDto,
  PersonFunctionSummaryDto,
} from '@bn/shared/contracts';
import { addOneMonth, berlinDate } from '@bn/shared/util';

/** The Art. 14 DSGVO notice is due when the data did not come from the person and no notice was sent. */
export function isPrivacyNoticeDue(person: Pick<Person, 'dataSource' | 'privacyNoticeSentOn'>): boolean {
  return person.dataSource !== 'SELBST' && person.privacyNoticeSentOn === null;
}

export function toPersonDto(entity: Person, today: string): PersonDto {
  const due = isPrivacyNoticeDue(entity);
  const dueBy = due ? addOneMonth(berlinDate(entity.createdAt)) : null;
  return {
    id: entity.id,
    salutation: entity.salutation,
    title: entity.title,
    firstName: entity.firstName,
    lastName: entity.lastName,
    email: entity.email,
    phone: entity.phone,
    preferredChannel: entity.preferredChannel,
    dataSource: entity.dataSource,
    privacyNoticeSentOn: entity.privacyNoticeSentOn,
    retentionReviewOn: entity.retentionReviewOn,
    privacyNoticeDue: due,
    privacyNoticeDueBy: dueBy,
    privacyNoticeOverdue: dueBy !== null && dueBy < today,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    archivedAt: entity.archivedAt ? entity.archivedAt.toISOString() : null,
  };
}

/** Valid on `today`: started (or no start) and not ended (or no end). ISO dates compare as strings. */
export function isFunctionCurrent(fn: Pick<PersonFunction, 'validFrom' | 'validUntil'>, today: string): boolean {
  return (fn.validFrom === null || fn.validFrom <= today) && (fn.validUntil === null || fn.validUntil >= today);
}

/** Expects `organisation` and `alliance` joined (at least id and name) where set. */
export function toPersonFunctionSummaryDto(fn: PersonFunction): PersonFunctionSummaryDto {
  return {
    id: fn.id,
    functionType: fn.functionType,
    functionLabel: PERSON_FUNCTION_LABELS[fn.functionType],
    organisationId: fn.organisationId,
    organisationName: fn.organisation?.name ?? null,
    allianceId: fn.allianceId,
    allianceName: fn.alliance?.name ?? null,
  };
}

export function toPersonFunctionDto(fn: PersonFunction, today: string): PersonFunctionDto {
  return {
    ...toPersonFunctionSummaryDto(fn),
    personId: fn.personId,
    validFrom: fn.validFrom,
    validUntil: fn.validUntil,
    isCurrent: isFunctionCurrent(fn, today),
    version: fn.version,
    createdAt: fn.createdAt.toISOString(),
    updatedAt: fn.updatedAt.toISOString(),
  };
}

export function toConsentDto(entity: Consent): ConsentDto {
  return {
    id: entity.id,
    personId: entity.personId,
    purpose: entity.purpose,
    purposeLabel: CONSENT_PURPOSE_LABELS[entity.purpose],
    grantedOn: entity.grantedOn,
    textVersion: entity.textVersion,
    withdrawnOn: entity.withdrawnOn,
    isActive: entity.withdrawnOn === null,
    createdAt: entity.createdAt.toISOString(),
  };
}
