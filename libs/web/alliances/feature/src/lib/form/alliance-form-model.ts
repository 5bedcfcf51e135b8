import { FormArray, FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import type {
  AllianceDetailDto,
  AllianceFieldsDto,
  AllianceInitialStatus,
  BodyType,
  OrgForm,
  TerritorialLevel,
} from '@bn/shared/contracts';
import { GEMEINDE_LEVELS, KREIS_LEVELS } from '@bn/shared/contracts';
import type { RecordPick } from '@bn/web/ui';
import { fromIsoDate, toIsoDate } from '@bn/web/util';
import { decimalPlaces, integer, maxItems, notBlank, pickedOrEmpty } from './alliance-form-validators';

/** A Gemeinde as the pickers hold it: the AGS and the text shown. */
export interface GemeindeOption {
  ags: string;
  label: string;
}

/** A picker's value: the chosen entry, the text typed so far, or nothing. */
export type PickerValue<T> = T | string | null;

export const isPicked = <T extends object>(value: PickerValue<T>): value is T => typeof value === 'object' && value !== null;

export type GeographyKind = 'gemeinde' | 'kreis' | 'land';

/** Which key the territorial level needs: a Gemeinde, a Kreis or a Land (the server derives the rest). */
export function geographyKind(level: TerritorialLevel): GeographyKind {
  if ((GEMEINDE_LEVELS as readonly string[]).includes(level)) return 'gemeinde';
  if ((KREIS_LEVELS as readonly string[]).includes(level)) return 'kreis';
  return 'land';
}

export type BodyForm = FormGroup<{
  bodyType: FormControl<BodyType | ''>;
  name: FormControl<string>;
  description: FormControl<string>;
}>;

/** Limits mirrored from AllianceFieldsDto (and AllianceBodyInputDto). */
export function buildAllianceForm(fb: NonNullableFormBuilder) {
  return fb.group({
    name: ['', [notBlank, Validators.maxLength(200)]],
    shortName: ['', Validators.maxLength(80)],
    /** Create only: the initial status. */
    status: ['INTERESSENT' as AllianceInitialStatus, Validators.required],
    territorialLevel: ['GEMEINDE' as TerritorialLevel, Validators.required],
    gemeindeAgs: new FormControl<RecordPick>(null),
    /** Not sent: the Land whose Kreise the Kreis field offers. */
    kreisLand: [''],
    kreisAgs: [''],
    landCode: [''],
    districtPart: ['', Validators.maxLength(120)],
    coveredAgs: fb.control<GemeindeOption[]>([], maxItems(200)),
    populationReach: new FormControl<number | null>(null, [integer, Validators.min(0), Validators.max(100_000_000)]),
    orgForm: ['' as OrgForm | ''],
    foundingYear: new FormControl<number | null>(null, [integer, Validators.min(1990), Validators.max(2100)]),
    foundingDate: new FormControl<Date | null>(null),
    firstContactOn: new FormControl<Date | null>(null),
    joinedInitiativeOn: new FormControl<Date | null>(null),
    handlungsfeldIds: fb.control<string[]>([], maxItems(12)),
    mainHandlungsfeldId: [''],
    zielgruppeCodes: fb.control<string[]>([], maxItems(30)),
    bodies: new FormArray<BodyForm>([], maxItems(30)),
    coordinationHostId: new FormControl<RecordPick>(null, pickedOrEmpty),
    paidCoordinationHours: new FormControl<number | null>(null, [decimalPlaces(2), Validators.min(0), Validators.max(168)]),
    website: ['', [Validators.maxLength(300), Validators.pattern(/^https?:\/\/[^\s/?#]+\.[^\s]*$/i)]],
    publicEmail: ['', [Validators.maxLength(200), Validators.email]],
    publicPhone: ['', Validators.maxLength(50)],
    published: [false],
    profileConfirmedOn: new FormControl<Date | null>(null),
    internalNotes: ['', Validators.maxLength(5000)],
  });
}

export type AllianceForm = ReturnType<typeof buildAllianceForm>;
export type AllianceFormValue = ReturnType<AllianceForm['getRawValue']>;

export function buildBodyForm(fb: NonNullableFormBuilder, body?: { bodyType: BodyType; name: string; description: string | null }): BodyForm {
  return fb.group({
    bodyType: [(body?.bodyType ?? '') as BodyType | '', Validators.required],
    name: [body?.name ?? '', [notBlank, Validators.maxLength(200)]],
    description: [body?.description ?? '', Validators.maxLength(2000)],
  });
}

/** The form's value for a loaded alliance (bodies are set separately, as groups of the FormArray). */
export function toFormValue(a: AllianceDetailDto): Omit<AllianceFormValue, 'bodies'> {
  const coveredNames = new Map(a.coveredGemeinden.map((g) => [g.ags, g.name]));
  const place = [a.kreisName, a.landAbbreviation].filter((p) => !!p).join(', ');
  return {
    name: a.name,
    shortName: a.shortName ?? '',
    status: 'INTERESSENT',
    territorialLevel: a.territorialLevel,
    gemeindeAgs: a.gemeindeAgs ? { id: a.gemeindeAgs, label: `${a.gemeindeName ?? a.gemeindeAgs}${place ? ` (${place})` : ''}` } : null,
    kreisLand: a.landCode,
    kreisAgs: a.kreisAgs ?? '',
    landCode: a.landCode,
    districtPart: a.districtPart ?? '',
    coveredAgs: a.coveredAgs.map((ags) => ({ ags, label: coveredNames.get(ags) ?? ags })),
    populationReach: a.populationReach,
    orgForm: a.orgForm ?? '',
    foundingYear: a.foundingYear,
    foundingDate: fromIsoDate(a.foundingDate),
    firstContactOn: fromIsoDate(a.firstContactOn),
    joinedInitiativeOn: fromIsoDate(a.joinedInitiativeOn),
    handlungsfeldIds: a.handlungsfelder.map((hf) => hf.id),
    mainHandlungsfeldId: a.handlungsfelder.find((hf) => hf.isMain)?.id ?? '',
    zielgruppeCodes: a.zielgruppen.map((z) => z.code),
    coordinationHostId: a.coordinationHost ? { id: a.coordinationHost.id, label: a.coordinationHost.name } : null,
    paidCoordinationHours: a.paidCoordinationHours,
    website: a.website ?? '',
    publicEmail: a.publicEmail ?? '',
    publicPhone: a.publicPhone ?? '',
    published: a.published,
    profileConfirmedOn: fromIsoDate(a.profileConfirmedOn),
    internalNotes: a.internalNotes ?? '',
  };
}

const textOrNull = (value: string): string | null => value.trim() || null;

/**
 * The request body: only the place key the level needs (the server derives Kreis and Land and refuses
 * keys the level does not take); internal notes only for the Servicebüro (the server ignores a
 * coordinator's anyway).
 */
export function toAllianceFields(v: AllianceFormValue, includeInternalNotes: boolean): AllianceFieldsDto {
  const kind = geographyKind(v.territorialLevel);
  const fields: AllianceFieldsDto = {
    name: v.name.trim(),
    shortName: textOrNull(v.shortName),
    territorialLevel: v.territorialLevel,
    gemeindeAgs: kind === 'gemeinde' && isPicked(v.gemeindeAgs) ? v.gemeindeAgs.id : null,
    kreisAgs: kind === 'kreis' ? v.kreisAgs || null : null,
    landCode: kind === 'land' ? v.landCode || null : null,
    districtPart: textOrNull(v.districtPart),
    coveredAgs: v.coveredAgs.map((g) => g.ags),
    populationReach: v.populationReach,
    orgForm: v.orgForm || null,
    foundingYear: v.foundingYear,
    foundingDate: toIsoDate(v.foundingDate),
    firstContactOn: toIsoDate(v.firstContactOn),
    joinedInitiativeOn: toIsoDate(v.joinedInitiativeOn),
    handlungsfeldIds: v.handlungsfeldIds,
    mainHandlungsfeldId: v.mainHandlungsfeldId && v.handlungsfeldIds.includes(v.mainHandlungsfeldId) ? v.mainHandlungsfeldId : null,
    zielgruppeCodes: v.zielgruppeCodes,
    bodies: v.bodies.map((b) => ({ bodyType: b.bodyType as BodyType, name: b.name.trim(), description: textOrNull(b.description) })),
    coordinationHostId: isPicked(v.coordinationHostId) ? v.coordinationHostId.id : null,
    paidCoordinationHours: v.paidCoordinationHours,
    website: textOrNull(v.website),
    publicEmail: textOrNull(v.publicEmail),
    publicPhone: textOrNull(v.publicPhone),
    published: v.published,
    profileConfirmedOn: toIsoDate(v.profileConfirmedOn),
  };
  if (includeInternalNotes) fields.internalNotes = textOrNull(v.internalNotes);
  return fields;
}
