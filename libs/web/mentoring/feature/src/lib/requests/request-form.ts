import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import type {
  CreateMentoringRequestDto,
  DesiredMode,
  MentoringRequestDetailDto,
  MentoringRequestInputDto,
  RequestChannel,
  RequestOccasion,
  UpdateMentoringRequestDto,
} from '@bn/shared/contracts';
import type { AllianceOption } from '@bn/web/mentoring/data-access';
import { RecordPick, isRecordOption } from '@bn/web/ui';
import { fromIsoDate, toIsoDate } from '@bn/web/util';

/** A picked alliance (an option object); text typed into the search field does not count. */
export function allianceSelected(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return typeof value === 'object' && value !== null && 'id' in value ? null : { required: true };
}

/** A Gemeinde chosen from the picker's list; typed text alone is `notPicked`, nothing is `required`. */
export function gemeindePicked(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (isRecordOption(value)) return null;
  return typeof value === 'string' && value.trim() !== '' ? { notPicked: true } : { required: true };
}

/** Who asks: an alliance on record, or (Fachberatung, new requests only) an interested party without one. */
export type RequesterSource = 'existing' | 'new';

/**
 * The request form; control names follow CreateMentoringRequestDto so server field errors land on them
 * (`newAlliance.gemeindeAgs` too). `requesterSource` is the form's own switch: the unused branch is
 * disabled, so it neither validates nor blocks saving.
 */
export function createRequestForm() {
  const form = new FormGroup({
    requesterSource: new FormControl<RequesterSource>('existing', { nonNullable: true }),
    allianceId: new FormControl<AllianceOption | string | null>(null, { validators: [allianceSelected] }),
    newAlliance: new FormGroup({
      name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
      gemeindeAgs: new FormControl<RecordPick>(null, { validators: [gemeindePicked] }),
    }),
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
  form.controls.newAlliance.disable();
  return form;
}

export type RequestForm = ReturnType<typeof createRequestForm>;

/** Switches the form between an alliance on record and a new interested party. */
export function useRequesterSource(form: RequestForm, source: RequesterSource): void {
  const { allianceId, newAlliance } = form.controls;
  if (source === 'new') {
    allianceId.disable();
    newAlliance.enable();
  } else {
    newAlliance.disable();
    allianceId.enable();
  }
}

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

/** The picked alliance's id ('' when none; the form's validators prevent that). */
function pickedAllianceId(form: RequestForm): string {
  const alliance = form.controls.allianceId.value;
  return typeof alliance === 'object' && alliance !== null ? alliance.id : '';
}

/** The body of a new request: either `allianceId` or `newAlliance`, never both. */
export function createBody(form: RequestForm, kept: KeptRequestFields): CreateMentoringRequestDto {
  const fields = requestFields(form, kept);
  if (form.controls.requesterSource.value === 'new') {
    const { name, gemeindeAgs } = form.controls.newAlliance.getRawValue();
    return { ...fields, newAlliance: { name: name.trim(), gemeindeAgs: isRecordOption(gemeindeAgs) ? gemeindeAgs.id : '' } };
  }
  return { ...fields, allianceId: pickedAllianceId(form) };
}

/** The body of an update: the alliance on record and the version read. */
export function updateBody(form: RequestForm, kept: KeptRequestFields, version: number): UpdateMentoringRequestDto {
  return { ...requestFields(form, kept), allianceId: pickedAllianceId(form), version };
}

/** The fields of a valid form shared by create and update. */
function requestFields(form: RequestForm, kept: KeptRequestFields): MentoringRequestInputDto {
  const v = form.getRawValue();
  return {
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
