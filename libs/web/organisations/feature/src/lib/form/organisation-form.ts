import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { ActorType, CompanySize, CreateOrganisationDto, OrganisationDetailDto, Sector } from '@bn/shared/contracts';
import { PickValue, pickedId, pickedValidator } from './picker';

/** Mirrors `CreateOrganisationDto`: required fields, lengths and formats. */
export function createOrganisationForm(fb: NonNullableFormBuilder) {
  return fb.group({
    name: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(200)]],
    legalForm: ['', Validators.maxLength(100)],
    sector: fb.control<Sector | ''>('', Validators.required),
    actorType: fb.control<ActorType | ''>('', Validators.required),
    companySize: fb.control<CompanySize | ''>({ value: '', disabled: true }),
    industry: ['', Validators.maxLength(120)],
    street: ['', Validators.maxLength(200)],
    postalCode: ['', Validators.pattern(/^\d{5}$/)],
    city: ['', Validators.maxLength(120)],
    gemeindeAgs: fb.control<PickValue>(null, pickedValidator),
    parentId: fb.control<PickValue>(null, pickedValidator),
    website: ['', [Validators.maxLength(300), Validators.pattern(/^https?:\/\/[^\s/$.?#][^\s]*$/i)]],
    email: ['', [Validators.maxLength(200), Validators.email]],
    phone: ['', Validators.maxLength(50)],
  });
}

export type OrganisationForm = ReturnType<typeof createOrganisationForm>;
export type OrganisationFormValue = ReturnType<OrganisationForm['getRawValue']>;

/** Only companies have a size class (the API refuses it for other actor types). */
export function isCompany(actorType: string): boolean {
  return actorType === 'UNTERNEHMEN';
}

const textOrNull = (value: string): string | null => value.trim() || null;

/** The request body: empty optional fields are sent as null, the pickers as their ids. */
export function toOrganisationInput(value: OrganisationFormValue): CreateOrganisationDto {
  if (!value.sector || !value.actorType) throw new Error('The form is validated before it is sent.');
  return {
    name: value.name.trim(),
    legalForm: textOrNull(value.legalForm),
    sector: value.sector,
    actorType: value.actorType,
    companySize: isCompany(value.actorType) && value.companySize ? value.companySize : null,
    industry: textOrNull(value.industry),
    street: textOrNull(value.street),
    postalCode: textOrNull(value.postalCode),
    city: textOrNull(value.city),
    gemeindeAgs: pickedId(value.gemeindeAgs),
    parentId: pickedId(value.parentId),
    website: textOrNull(value.website),
    email: textOrNull(value.email),
    phone: textOrNull(value.phone),
  };
}

/** The form's values for a stored organisation. */
export function fromOrganisation(org: OrganisationDetailDto): OrganisationFormValue {
  return {
    name: org.name,
    legalForm: org.legalForm ?? '',
    sector: org.sector,
    actorType: org.actorType,
    companySize: org.companySize ?? '',
    industry: org.industry ?? '',
    street: org.street ?? '',
    postalCode: org.postalCode ?? '',
    city: org.city ?? '',
    gemeindeAgs: org.gemeindeAgs ? { id: org.gemeindeAgs, label: org.gemeindeName ?? org.gemeindeAgs, hint: null } : null,
    parentId: org.parentId ? { id: org.parentId, label: org.parentName ?? 'Übergeordnete Organisation', hint: null } : null,
    website: org.website ?? '',
    email: org.email ?? '',
    phone: org.phone ?? '',
  };
}
