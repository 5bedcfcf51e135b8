import { SECTOR_LABELS } from '@bn/shared/contracts';
import type { OrganisationDto, PersonListItemDto } from '@bn/shared/contracts';
import { RefOption, personLabel } from './form-helpers';

/** Organisations as picker entries: name, with city and sector to tell namesakes apart. */
export function organisationOptions(organisations: OrganisationDto[]): RefOption[] {
  return organisations.map((organisation) => ({
    id: organisation.id,
    label: organisation.name,
    hint: [organisation.city, SECTOR_LABELS[organisation.sector]].filter((part) => !!part).join(', '),
  }));
}

/** Persons as picker entries: name, with up to two current functions. */
export function personOptions(persons: PersonListItemDto[]): RefOption[] {
  return persons.map((person) => ({
    id: person.id,
    label: personLabel(person),
    hint: person.functions
      .slice(0, 2)
      .map((fn) => [fn.functionLabel, fn.organisationName ?? fn.allianceName].filter((part) => !!part).join(', '))
      .join('; '),
  }));
}
