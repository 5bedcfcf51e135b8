import { ATTENDANCE_LABELS, EVENT_FORMAT_LABELS, EVENT_ORGANISER_LABELS, EVENT_TYPE_LABELS } from '@bn/shared/contracts';

export interface SelectOption<T extends string = string> {
  value: T;
  label: string;
}

function optionsOf<T extends string>(labels: Readonly<Record<T, string>>): SelectOption<T>[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}

export const EVENT_TYPE_OPTIONS = optionsOf(EVENT_TYPE_LABELS);
export const EVENT_ORGANISER_OPTIONS = optionsOf(EVENT_ORGANISER_LABELS);
export const EVENT_FORMAT_OPTIONS = optionsOf(EVENT_FORMAT_LABELS);
export const ATTENDANCE_OPTIONS = optionsOf(ATTENDANCE_LABELS);
