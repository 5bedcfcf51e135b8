import { AbstractControl, NonNullableFormBuilder, ValidationErrors, Validators } from '@angular/forms';
import type { ContactChannel, DataSource, PersonDto, PersonFieldsDto, Salutation } from '@bn/shared/contracts';
import { fromIsoDate, toIsoDate } from '@bn/web/util';
import { FunctionGroup } from '../shared/function-form';

/** Coordinators enter a person only together with a function in their reach (the API demands one). */
export function atLeastOneFunction(control: AbstractControl): ValidationErrors | null {
  return Array.isArray(control.value) && control.value.length > 0 ? null : { functionRequired: true };
}

/** Mirrors `CreatePersonDto` / `UpdatePersonDto`: business contact data only. */
export function createPersonForm(fb: NonNullableFormBuilder) {
  return fb.group({
    salutation: fb.control<Salutation>('KEINE'),
    title: ['', Validators.maxLength(40)],
    firstName: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(100)]],
    lastName: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(100)]],
    email: ['', [Validators.maxLength(200), Validators.email]],
    phone: ['', Validators.maxLength(50)],
    preferredChannel: fb.control<ContactChannel | ''>(''),
    dataSource: fb.control<DataSource | ''>('', Validators.required),
    retentionReviewOn: fb.control<Date | null>(null),
    /** Only when creating: the Art. 14 notice was already sent. */
    privacyNoticeSentOn: fb.control<Date | null>(null),
    /** Only when creating: initial functions. */
    functions: fb.array<FunctionGroup>([]),
  });
}

export type PersonForm = ReturnType<typeof createPersonForm>;
export type PersonFormValue = ReturnType<PersonForm['getRawValue']>;

const textOrNull = (value: string): string | null => value.trim() || null;

/** The person's own fields as the API takes them (empty optional fields as null). */
export function toPersonFields(value: PersonFormValue): PersonFieldsDto {
  if (!value.dataSource) throw new Error('The form is validated before it is sent.');
  return {
    salutation: value.salutation,
    title: textOrNull(value.title),
    firstName: value.firstName.trim(),
    lastName: value.lastName.trim(),
    email: textOrNull(value.email),
    phone: textOrNull(value.phone),
    preferredChannel: value.preferredChannel || null,
    dataSource: value.dataSource,
    retentionReviewOn: toIsoDate(value.retentionReviewOn),
  };
}

/** The form's fields for a stored person (functions and the notice date have their own actions). */
export function fromPerson(person: PersonDto): Omit<PersonFormValue, 'functions' | 'privacyNoticeSentOn'> {
  return {
    salutation: person.salutation,
    title: person.title ?? '',
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email ?? '',
    phone: person.phone ?? '',
    preferredChannel: person.preferredChannel ?? '',
    dataSource: person.dataSource,
    retentionReviewOn: fromIsoDate(person.retentionReviewOn),
  };
}
