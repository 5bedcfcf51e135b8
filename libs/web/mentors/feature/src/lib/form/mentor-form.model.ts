import { AbstractControl, FormArray, FormBuilder, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import type { CreateMentorDto, DeploymentMode, MentorDetailDto, MentorProfileFieldsDto, MentorStatus, SpecialtyLevel } from '@bn/shared/contracts';
import { fromIsoDate, toIsoDate } from '@bn/web/util';

const WHOLE_NUMBER = /^\d+$/;
const AGS_GEMEINDE = /^\d{8}$/;
export const MAX_SPECIALTIES = 20;

export type SpecialtyGroup = FormGroup<{
  fachgebietCode: FormControl<string>;
  level: FormControl<SpecialtyLevel>;
}>;

export function specialtyGroup(fachgebietCode = '', level: SpecialtyLevel = 'ERFAHREN'): SpecialtyGroup {
  return new FormGroup({
    fachgebietCode: new FormControl(fachgebietCode, { nonNullable: true, validators: Validators.required }),
    level: new FormControl<SpecialtyLevel>(level, { nonNullable: true, validators: Validators.required }),
  });
}

/** A travel radius needs the home Gemeinde (MENTOR_RADIUS_NEEDS_HOME on the server). */
function radiusNeedsHome(control: AbstractControl): ValidationErrors | null {
  const hasRadius = control.value !== null && String(control.value) !== '';
  return hasRadius && !control.parent?.get('homeGemeindeAgs')?.value ? { radiusNeedsHome: true } : null;
}

/** Every Fachgebiet once (MENTOR_SPECIALTY_DUPLICATE on the server). */
function uniqueSpecialties(control: AbstractControl): ValidationErrors | null {
  const codes = (control.value as { fachgebietCode: string }[]).map((item) => item.fachgebietCode).filter(Boolean);
  return new Set(codes).size < codes.length ? { duplicateSpecialty: true } : null;
}

export const MENTOR_FORM_MESSAGES: Record<string, string> = {
  radiusNeedsHome: 'Ein Einsatzradius braucht einen Heimatort: Bitte die Gemeinde angeben.',
  duplicateSpecialty: 'Jedes Fachgebiet darf nur einmal vorkommen.',
};

/** The Mentorprofil form; limits mirror MentorProfileFieldsDto / CreateMentorDto. */
export function buildMentorForm(fb: FormBuilder) {
  const nfb = fb.nonNullable;
  const form = nfb.group({
    personId: new FormControl<string | null>(null, Validators.required),
    status: nfb.control<MentorStatus>('IN_QUALIFIZIERUNG', Validators.required),
    homeAllianceId: new FormControl<string | null>(null),
    homeOrganisationId: new FormControl<string | null>(null),
    homeGemeindeAgs: new FormControl<string | null>(null, Validators.pattern(AGS_GEMEINDE)),
    radiusKm: new FormControl<number | null>(null, [Validators.min(1), Validators.max(1000), Validators.pattern(WHOLE_NUMBER), radiusNeedsHome]),
    qualifiedSince: new FormControl<Date | null>(null),
    cohort: nfb.control('', Validators.maxLength(80)),
    modes: nfb.control<DeploymentMode[]>([]),
    capacityPerQuarter: new FormControl<number | null>(2, [Validators.required, Validators.min(0), Validators.max(50), Validators.pattern(WHOLE_NUMBER)]),
    galleryText: nfb.control('', Validators.maxLength(2000)),
    galleryPublished: nfb.control(false),
    agreementSignedOn: new FormControl<Date | null>(null),
    agreementVersion: nfb.control('', Validators.maxLength(40)),
    specialties: new FormArray<SpecialtyGroup>([], [Validators.maxLength(MAX_SPECIALTIES), uniqueSpecialties]),
    handlungsfeldIds: nfb.control<string[]>([], Validators.maxLength(20)),
    regionLandCodes: nfb.control<string[]>([], Validators.maxLength(16)),
    conflictAllianceIds: nfb.control<string[]>([], Validators.maxLength(50)),
  });
  form.controls.homeGemeindeAgs.valueChanges.subscribe(() => form.controls.radiusKm.updateValueAndValidity({ emitEvent: false }));
  return form;
}

export type MentorForm = ReturnType<typeof buildMentorForm>;

/** Puts a stored profile into the form (the person cannot change). */
export function showMentor(form: MentorForm, mentor: MentorDetailDto): void {
  form.controls.specialties.clear();
  for (const specialty of mentor.specialties) form.controls.specialties.push(specialtyGroup(specialty.code, specialty.level));
  form.reset({
    personId: mentor.personId,
    status: mentor.status,
    homeAllianceId: mentor.homeAllianceId,
    homeOrganisationId: mentor.homeOrganisationId,
    homeGemeindeAgs: mentor.homeGemeindeAgs,
    radiusKm: mentor.radiusKm,
    qualifiedSince: fromIsoDate(mentor.qualifiedSince),
    cohort: mentor.cohort ?? '',
    modes: mentor.modes,
    capacityPerQuarter: mentor.capacityPerQuarter,
    galleryText: mentor.galleryText ?? '',
    galleryPublished: mentor.galleryPublished,
    agreementSignedOn: fromIsoDate(mentor.agreementSignedOn),
    agreementVersion: mentor.agreementVersion ?? '',
    specialties: mentor.specialties.map((specialty) => ({ fachgebietCode: specialty.code, level: specialty.level })),
    handlungsfeldIds: mentor.topics.map((topic) => topic.handlungsfeldId),
    regionLandCodes: mentor.regions.map((region) => region.landCode),
    conflictAllianceIds: mentor.conflicts.map((conflict) => conflict.allianceId),
  });
}

function textOrNull(value: string): string | null {
  return value.trim() || null;
}

function numberOrNull(value: number | null): number | null {
  return value === null || String(value) === '' ? null : Number(value);
}

/** The profile fields of a valid form (without person and version). */
export function toMentorFields(form: MentorForm): MentorProfileFieldsDto {
  const value = form.getRawValue();
  return {
    homeAllianceId: value.homeAllianceId,
    homeOrganisationId: value.homeOrganisationId,
    status: value.status,
    qualifiedSince: toIsoDate(value.qualifiedSince),
    cohort: textOrNull(value.cohort),
    homeGemeindeAgs: value.homeGemeindeAgs,
    radiusKm: numberOrNull(value.radiusKm),
    modes: value.modes,
    capacityPerQuarter: Number(value.capacityPerQuarter),
    galleryText: textOrNull(value.galleryText),
    galleryPublished: value.galleryPublished,
    agreementSignedOn: toIsoDate(value.agreementSignedOn),
    agreementVersion: textOrNull(value.agreementVersion),
    specialties: value.specialties,
    handlungsfeldIds: value.handlungsfeldIds,
    regionLandCodes: value.regionLandCodes,
    conflictAllianceIds: value.conflictAllianceIds,
  };
}

export function toCreateMentorDto(form: MentorForm): CreateMentorDto {
  return { ...toMentorFields(form), personId: form.getRawValue().personId ?? '' };
}
