import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import type {
  CreateMentoringRequestDto,
  DesiredMode,
  MentoringRequestDetailDto,
  RequestChannel,
  RequestOccasion,
} from '@bn/shared/contracts';
import type { AllianceOption } from '@bn/web/mentoring/data-access';
import { fromIsoDate, toIsoDate } from '@bn/web/util';

/** A picked alliance (an option object); text typed into the search field does not count. */
export function allianceSelected(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return typeof value === 'object' && value !== null && 'id' in value ? null : { required: true };
}

/** The request form; control names follow CreateMentoringRequestDto so server field errors land on them. */
export function createRequestForm() {
  return new FormGroup({
    allianceId: new FormControl<AllianceOption | string | null>(null, { validators: [allianceSelected] }),
    channel: new FormControl<RequestChannel | null>(null, { validators: [Validators.required] }),
    receivedOn: new FormControl<Date | null>(new Date(), { validators: [Validators.required] }),
    occasion: new FormControl<RequestOccasion | null>(null, { validators: [Validators.required] }),
    desiredMode: new FormControl<DesiredMode | null>(null, { validators: [Validators.required] }),
    desiredFrom: new FormControl<Date | null>(null),
    desiredUntil: new FormControl<Date | null>(null),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
    owner: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    fachgebietCodes: new FormControl<string[]>([], { nonNullable: true }),
    handlungsfeldIds: new FormControl<string[]>([], { nonNullable: true }),
  });
}

export type RequestForm = ReturnType<typeof createRequestForm>;

/** Fields the form does not edit (yet) but an update must send back unchanged. */
export interface KeptRequestFields {
  requesterId: string | null;
  predecessorId: string | null;
  relatedEventId: string | null;
}

export function fillRequestForm(form: RequestForm, request: MentoringRequestDetailDto): void {
  form.reset({
    allianceId: { id: request.alliance.id, name: request.alliance.name, code: '', landName: null },
    channel: request.channel,
    receivedOn: fromIsoDate(request.receivedOn),
    occasion: request.occasion,
    desiredMode: request.desiredMode,
    desiredFrom: fromIsoDate(request.desiredFrom),
    desiredUntil: fromIsoDate(request.desiredUntil),
    description: request.description ?? '',
    owner: request.owner ?? '',
    fachgebietCodes: request.fachgebietCodes,
    handlungsfeldIds: request.handlungsfeldIds,
  });
}

/** The request body of a valid form. */
export function requestBody(form: RequestForm, kept: KeptRequestFields): CreateMentoringRequestDto {
  const v = form.getRawValue();
  const alliance = v.allianceId;
  return {
    allianceId: typeof alliance === 'object' && alliance !== null ? alliance.id : '',
    requesterId: kept.requesterId,
    channel: v.channel as RequestChannel,
    receivedOn: toIsoDate(v.receivedOn) ?? '',
    occasion: v.occasion as RequestOccasion,
    desiredMode: v.desiredMode as DesiredMode,
    desiredFrom: toIsoDate(v.desiredFrom),
    desiredUntil: toIsoDate(v.desiredUntil),
    description: v.description.trim() || null,
    owner: v.owner.trim() || null,
    fachgebietCodes: v.fachgebietCodes,
    handlungsfeldIds: v.handlungsfeldIds,
    predecessorId: kept.predecessorId,
    relatedEventId: kept.relatedEventId,
  };
}
