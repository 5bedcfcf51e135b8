import type { AllianceStatus, DeploymentMode, RequestStatus } from '../enums';

/**
 * Requests that still wait for a result: received, being clarified, in matching, offered to a mentor
 * or assigned without a finished deployment. The same statuses the client's start page calls "offen".
 */
export const DASHBOARD_OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['EINGEGANGEN', 'IN_KLAERUNG', 'MATCHING', 'MENTOR_ANGEFRAGT', 'ZUGEWIESEN'];

/** The five key figures at the top of the dashboard, counted within the caller's scope. */
export interface DashboardKeyFiguresDto {
  /** Alliances in status AKTIV (not archived). */
  activeAlliances: number;
  /** Alliances founded in the current year (founding year = this year). */
  newAlliances: number;
  /** Distinct organisations with a current partnership (not ended, not archived) in a visible alliance. */
  partners: number;
  /** Deployments (not cancelled, not archived) whose year is the current year, see DeploymentsByYearDto. */
  deployments: number;
  /** Requests in one of DASHBOARD_OPEN_REQUEST_STATUSES. */
  openRequests: number;
}

/** One Land with its alliances per status (every status present, zeros included). */
export interface AlliancesByLandDto {
  landCode: string;
  landName: string;
  counts: Record<AllianceStatus, number>;
}

export interface FoundingsByYearDto {
  year: number;
  count: number;
}

/**
 * Deployments of one year per mode. A deployment's year is the year of its first session, or of its
 * creation while it has none (a deployment without sessions is still planned work of that year).
 */
export interface DeploymentsByYearDto {
  year: number;
  counts: Record<DeploymentMode, number>;
}

/** A canonical Handlungsfeld and the active alliances working in it (older taxonomy labels mapped). */
export interface HandlungsfeldShareDto {
  id: string;
  code: string;
  name: string;
  /** Active alliances with this Handlungsfeld. */
  count: number;
  /** count ÷ active alliances, 0…1 (0 when there are none). */
  share: number;
}

/** GET /api/dashboard: key figures and chart series for the caller's scope. */
export interface DashboardDto {
  /** The reference year of "new" and "in the year" (the current year in Germany). */
  year: number;
  /** The day the figures were counted (ISO). */
  countedOn: string;
  /** 'all' for staff and ministry, 'own' for coordinators (own alliances) and mentors (own deployments). */
  scope: 'all' | 'own';
  keyFigures: DashboardKeyFiguresDto;
  alliancesByLand: AlliancesByLandDto[];
  foundingsByYear: FoundingsByYearDto[];
  deploymentsByYear: DeploymentsByYearDto[];
  handlungsfelder: HandlungsfeldShareDto[];
}
