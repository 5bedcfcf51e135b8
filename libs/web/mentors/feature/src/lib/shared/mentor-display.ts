import { MENTOR_STATUS_LABELS, MODE_LABELS, SPECIALTY_LEVEL_LABELS, type DeploymentMode, type MentorStatus } from '@bn/shared/contracts';
import type { StatusTone } from '@bn/web/ui';

export interface SelectOption<T extends string = string> {
  value: T;
  label: string;
}

function optionsOf<T extends string>(labels: Readonly<Record<T, string>>): SelectOption<T>[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}

export const MODE_OPTIONS = optionsOf(MODE_LABELS);
export const MENTOR_STATUS_OPTIONS = optionsOf(MENTOR_STATUS_LABELS);
export const SPECIALTY_LEVEL_OPTIONS = optionsOf(SPECIALTY_LEVEL_LABELS);

export const MENTOR_STATUS_TONES: Record<MentorStatus, StatusTone> = {
  IN_QUALIFIZIERUNG: 'info',
  AKTIV: 'positive',
  PAUSIERT: 'warning',
  AUSGESCHIEDEN: 'neutral',
};

/** "Dr. Erika Beispiel" */
export function mentorName(person: { title: string | null; firstName: string; lastName: string }): string {
  return [person.title, person.firstName, person.lastName].filter((part): part is string => !!part).join(' ');
}

/** "Telefonisch, Vor Ort, Online" */
export function modesText(modes: readonly DeploymentMode[]): string {
  return modes.length ? modes.map((mode) => MODE_LABELS[mode]).join(', ') : '–';
}
