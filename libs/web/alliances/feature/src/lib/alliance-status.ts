import type { AllianceStatus, Role } from '@bn/shared/contracts';
import { ALLIANCE_STATUS_LABELS } from '@bn/shared/contracts';
import type { StatusTone } from '@bn/web/ui';

/** How a status is shown: German label, tone and icon (text and icon, never colour alone). */
export interface StatusLook {
  label: string;
  tone: StatusTone;
  icon: string;
}

const LOOKS: Record<AllianceStatus, Omit<StatusLook, 'label'>> = {
  INTERESSENT: { tone: 'info', icon: 'lightbulb' },
  IN_GRUENDUNG: { tone: 'warning', icon: 'construction' },
  AKTIV: { tone: 'positive', icon: 'check_circle' },
  RUHEND: { tone: 'neutral', icon: 'pause_circle' },
  AUFGELOEST: { tone: 'negative', icon: 'cancel' },
  FUSIONIERT: { tone: 'neutral', icon: 'call_merge' },
};

export function statusLook(status: AllianceStatus): StatusLook {
  return { label: ALLIANCE_STATUS_LABELS[status], ...LOOKS[status] };
}

/** Roles as the API's @Roles declare them; the client only hides what the server refuses anyway. */
export const ALLIANCE_CREATORS: readonly Role[] = ['FACHBERATUNG', 'LEITUNG'];
export const ALLIANCE_EDITORS: readonly Role[] = ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION'];
export const STATUS_CHANGERS: readonly Role[] = ['FACHBERATUNG', 'LEITUNG'];
export const STATUS_REQUESTERS: readonly Role[] = ['KOORDINATION'];
export const STATUS_REQUEST_READERS: readonly Role[] = ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION'];
export const STATUS_REQUEST_DECIDERS: readonly Role[] = ['FACHBERATUNG'];
export const ALLIANCE_ARCHIVERS: readonly Role[] = ['FACHBERATUNG'];
export const STATUS_HISTORY_READERS: readonly Role[] = ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION'];
export const AUDIT_READERS: readonly Role[] = ['FACHBERATUNG', 'LEITUNG'];
