import type { DeploymentStatus, MentoringRequestOfferDto, ProposalResponse, ReportStatus, RequestStatus } from '@bn/shared/contracts';

/** Tones of the status chips (text and icon always come with them; never colour alone). */
export type MentoringTone = 'positive' | 'neutral' | 'warning' | 'negative' | 'info';

export const REQUEST_STATUS_TONES: Readonly<Record<RequestStatus, MentoringTone>> = {
  EINGEGANGEN: 'info',
  IN_KLAERUNG: 'warning',
  MATCHING: 'warning',
  MENTOR_ANGEFRAGT: 'warning',
  ZUGEWIESEN: 'positive',
  ABGESCHLOSSEN: 'positive',
  STORNIERT: 'negative',
  VERSCHOBEN: 'neutral',
  NICHT_VERMITTELBAR: 'negative',
};

/** Requests still being worked on (not closed in any way). */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['EINGEGANGEN', 'IN_KLAERUNG', 'MATCHING', 'MENTOR_ANGEFRAGT', 'ZUGEWIESEN'];

export const DEPLOYMENT_STATUS_TONES: Readonly<Record<DeploymentStatus, MentoringTone>> = {
  ZUGEWIESEN: 'info',
  TERMINIERT: 'info',
  DURCHGEFUEHRT: 'warning',
  BERICHT_EINGEREICHT: 'warning',
  BERICHT_ZURUECKGEGEBEN: 'warning',
  BERICHT_FREIGEGEBEN: 'positive',
  FEEDBACK_ANGEFRAGT: 'warning',
  FEEDBACK_ERHALTEN: 'positive',
  ABGESCHLOSSEN: 'positive',
  ABGERECHNET: 'positive',
  STORNIERT: 'negative',
  VERSCHOBEN: 'neutral',
};

export const REPORT_STATUS_TONES: Readonly<Record<ReportStatus, MentoringTone>> = {
  ENTWURF: 'neutral',
  EINGEREICHT: 'warning',
  ZURUECKGEGEBEN: 'negative',
  FREIGEGEBEN: 'positive',
};

export const PROPOSAL_RESPONSE_TONES: Readonly<Record<ProposalResponse, MentoringTone>> = {
  VORGESCHLAGEN: 'neutral',
  ANGEFRAGT: 'warning',
  ZUGESAGT: 'positive',
  ABGELEHNT: 'negative',
};

/** An offer still waiting for the mentor's answer. */
export function isOpenOffer(request: MentoringRequestOfferDto): boolean {
  return request.offer?.response === 'ANGEFRAGT';
}
