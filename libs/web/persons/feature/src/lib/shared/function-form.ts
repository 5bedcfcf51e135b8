import { AbstractControl, NonNullableFormBuilder, ValidationErrors, Validators } from '@angular/forms';
import type { CreatePersonFunctionDto, PersonFunctionDto, PersonFunctionType } from '@bn/shared/contracts';
import { fromIsoDate, toIsoDate } from '@bn/web/util';
import { PickValue, pickedId, pickedValidator, toPick } from './picker';

/** A function needs an organisation or an alliance (or both), like the API demands. */
export function functionTargetRequired(group: AbstractControl): ValidationErrors | null {
  const value = group.value as { organisationId?: PickValue; allianceId?: PickValue };
  return value.organisationId || value.allianceId ? null : { targetMissing: true };
}

/** Mirrors `CreatePersonFunctionDto`; the end must not lie before the start (the date picker's `min`). */
export function createFunctionGroup(fb: NonNullableFormBuilder) {
  return fb.group(
    {
      functionType: fb.control<PersonFunctionType | ''>('', Validators.required),
      organisationId: fb.control<PickValue>(null, pickedValidator),
      allianceId: fb.control<PickValue>(null, pickedValidator),
      validFrom: fb.control<Date | null>(null),
      validUntil: fb.control<Date | null>(null),
    },
    { validators: functionTargetRequired },
  );
}

export type FunctionGroup = ReturnType<typeof createFunctionGroup>;
export type FunctionGroupValue = ReturnType<FunctionGroup['getRawValue']>;

/** The request body of a function. */
export function toFunctionInput(value: FunctionGroupValue): CreatePersonFunctionDto {
  if (!value.functionType) throw new Error('The form is validated before it is sent.');
  return {
    functionType: value.functionType,
    organisationId: pickedId(value.organisationId),
    allianceId: pickedId(value.allianceId),
    validFrom: toIsoDate(value.validFrom),
    validUntil: toIsoDate(value.validUntil),
  };
}

/** The group's values for a stored function. */
export function fromFunction(fn: PersonFunctionDto): FunctionGroupValue {
  return {
    functionType: fn.functionType,
    organisationId: toPick(fn.organisationId, fn.organisationName),
    allianceId: toPick(fn.allianceId, fn.allianceName),
    validFrom: fromIsoDate(fn.validFrom),
    validUntil: fromIsoDate(fn.validUntil),
  };
}
