import {
  SALUTATION_LABELS,
  type PersonDto,
  type PersonFunctionSummaryDto,
} from '@bn/shared/contracts';
import type { StatusTone } from '@bn/web/ui';

/** "Frau Dr. Erika Beispiel" (without "Keine Anrede"). */
export function personDisplayName(person: Pick<PersonDto, 'salutation' | 'title' | 'firstName' | 'lastName'>): string {
  const salutation = person.salutation === 'FRAU' || person.salutation === 'HERR' ? SALUTATION_LABELS[person.salutation] : null;
  return [salutation, person.title, person.firstName, person.lastName].filter(Boolean).join(' ');
}

/** "Bündniskoordinator:in · Lokales Bündnis für Familie Wolfsburg". */
export function functionSummary(fn: PersonFunctionSummaryDto): string {
  const where = [fn.organisationName, fn.allianceName].filter(Boolean).join(', ');
  return where ? `${fn.functionLabel} · ${where}` : fn.functionLabel;
}

/** An API date (YYYY-MM-DD) as TT.MM.JJJJ. */
export function formatIsoDate(iso: string | null): string {
  if (!iso) return '–';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

export interface PrivacyNoticeStatus {
  label: string;
  tone: StatusTone;
  icon: string;
}

/** Where the person stands with the Art. 14 DSGVO notice, as text (and a tone with an icon). */
export function privacyNoticeStatus(
  person: Pick<PersonDto, 'privacyNoticeSentOn' | 'privacyNoticeDue' | 'privacyNoticeDueBy' | 'privacyNoticeOverdue' | 'dataSource'>,
): PrivacyNoticeStatus {
  if (person.privacyNoticeSentOn) {
    return { label: `Informiert am ${formatIsoDate(person.privacyNoticeSentOn)}`, tone: 'positive', icon: 'check_circle' };
  }
  if (person.privacyNoticeOverdue) {
    return { label: `Überfällig seit ${formatIsoDate(person.privacyNoticeDueBy)}`, tone: 'negative', icon: 'error' };
  }
  if (person.privacyNoticeDue) {
    return { label: `Fällig bis ${formatIsoDate(person.privacyNoticeDueBy)}`, tone: 'warning', icon: 'schedule' };
  }
  return { label: 'Nicht erforderlich (selbst registriert)', tone: 'neutral', icon: 'remove_circle_outline' };
}
