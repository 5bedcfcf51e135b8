import type {
  DeploymentListItemDto,
  DeploymentStatus,
  MentoringOverdueDto,
  MentoringRequestListItemDto,
  RequestStatus,
  WorkflowSubjectKind,
} from '@bn/shared/contracts';
import { DEPLOYMENT_STATUS_LABELS, DEPLOYMENT_TYPE_LABELS, REQUEST_OCCASION_LABELS, REQUEST_STATUS_LABELS } from '@bn/shared/contracts';

/** The board's columns: the statuses in which work is still to be done (domain-research §2.5). */
export const REQUEST_BOARD_STATUSES: readonly RequestStatus[] = ['EINGEGANGEN', 'IN_KLAERUNG', 'MATCHING', 'MENTOR_ANGEFRAGT', 'ZUGEWIESEN', 'VERSCHOBEN'];
export const DEPLOYMENT_BOARD_STATUSES: readonly DeploymentStatus[] = [
  'ZUGEWIESEN',
  'TERMINIERT',
  'DURCHGEFUEHRT',
  'BERICHT_EINGEREICHT',
  'BERICHT_ZURUECKGEGEBEN',
  'BERICHT_FREIGEGEBEN',
  'FEEDBACK_ANGEFRAGT',
  'FEEDBACK_ERHALTEN',
  'VERSCHOBEN',
];

/** Cards loaded per column; the list pages show the rest. */
export const BOARD_COLUMN_SIZE = 50;

export interface BoardCard {
  subject: WorkflowSubjectKind;
  id: string;
  version: number;
  status: string;
  allianceName: string;
  /** Occasion (request) or type (deployment). */
  kind: string;
  /** ISO date the age counts from. */
  since: string;
  /** "Eingang" / "Angelegt". */
  sinceLabel: string;
  link: string[];
  /** Overdue reasons in German, empty when in time. */
  overdue: string[];
}

export interface BoardColumn {
  status: string;
  label: string;
  cards: BoardCard[];
  total: number;
}

function dateDe(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** Overdue reasons per request / deployment id (domain-research §2.5 service levels). */
export function overdueIndex(overdue: MentoringOverdueDto | null): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (id: string, text: string) => index.set(id, [...(index.get(id) ?? []), text]);
  if (!overdue) return index;
  for (const r of overdue.requests) add(r.requestId, `Nicht bestätigt, fällig war der ${dateDe(r.dueOn)}`);
  for (const o of overdue.offers) add(o.requestId, `Angebot an ${o.mentorName} unbeantwortet, fällig war der ${dateDe(o.dueOn)}`);
  for (const d of overdue.reports) add(d.deploymentId, `Bericht fehlt, fällig war der ${dateDe(d.dueOn)}`);
  return index;
}

export function requestCard(item: MentoringRequestListItemDto, overdue: Map<string, string[]>): BoardCard {
  return {
    subject: 'REQUEST',
    id: item.id,
    version: item.version,
    status: item.status,
    allianceName: item.allianceName,
    kind: REQUEST_OCCASION_LABELS[item.occasion] ?? item.occasion,
    since: item.receivedOn,
    sinceLabel: 'Eingang',
    link: ['/anfragen', item.id],
    overdue: overdue.get(item.id) ?? [],
  };
}

export function deploymentCard(item: DeploymentListItemDto, overdue: Map<string, string[]>): BoardCard {
  return {
    subject: 'DEPLOYMENT',
    id: item.id,
    version: item.version,
    status: item.status,
    allianceName: item.allianceName,
    kind: DEPLOYMENT_TYPE_LABELS[item.deploymentType] ?? item.deploymentType,
    since: item.createdAt,
    sinceLabel: 'Angelegt',
    link: ['/einsaetze', item.id],
    overdue: overdue.get(item.id) ?? [],
  };
}

export function statusLabel(subject: WorkflowSubjectKind, status: string): string {
  const labels: Readonly<Record<string, string>> = subject === 'REQUEST' ? REQUEST_STATUS_LABELS : DEPLOYMENT_STATUS_LABELS;
  return labels[status] ?? status;
}

/** Whole days between an ISO date and today (German calendar day is close enough for an age). */
export function ageInDays(since: string, today: Date): number {
  const start = Date.UTC(Number(since.slice(0, 4)), Number(since.slice(5, 7)) - 1, Number(since.slice(8, 10)));
  const end = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.max(0, Math.round((end - start) / 86_400_000));
}

export function ageText(days: number): string {
  if (days === 0) return 'heute';
  if (days === 1) return 'vor 1 Tag';
  return `vor ${days} Tagen`;
}
