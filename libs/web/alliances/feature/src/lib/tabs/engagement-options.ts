import type { AllianceDetailDto, EngagementHandlungsfeldDto, EngagementPartnerDto, HandlungsfeldDto } from '@bn/shared/contracts';

/** A choice in a multi-select of an activity or project form. */
export interface ChoiceOption {
  value: string;
  label: string;
}

/** The canonical Handlungsfelder, plus those a record already has (possibly of an older taxonomy). */
export function handlungsfeldChoices(canonical: HandlungsfeldDto[], assigned: EngagementHandlungsfeldDto[] = []): ChoiceOption[] {
  const choices = canonical.map((field) => ({ value: field.id, label: `${field.code} ${field.name}` }));
  for (const field of assigned) {
    if (!choices.some((choice) => choice.value === field.id)) choices.push({ value: field.id, label: `${field.code} ${field.name}` });
  }
  return choices;
}

/** The alliance's current partners, plus the partners a record already names (who may have left since). */
export function partnerChoices(alliance: AllianceDetailDto, assigned: EngagementPartnerDto[] = []): ChoiceOption[] {
  const choices = alliance.partners.map((partner) => ({ value: partner.organisationId, label: partner.organisationName }));
  for (const partner of assigned) {
    if (!choices.some((choice) => choice.value === partner.organisationId)) choices.push({ value: partner.organisationId, label: partner.name });
  }
  return choices.sort((a, b) => a.label.localeCompare(b.label, 'de'));
}

/** Names of the Handlungsfelder by code. */
export function handlungsfeldNames(canonical: HandlungsfeldDto[]): Map<string, string> {
  return new Map(canonical.map((field) => [field.code, field.name]));
}

/** "HF03 Vereinbarkeit …, HF07 …" (a code stays alone when its name is unknown). */
export function handlungsfeldText(codes: string[], names: Map<string, string>): string {
  return codes.map((code) => (names.has(code) ? `${code} ${names.get(code)}` : code)).join(', ');
}
