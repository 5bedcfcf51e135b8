import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope } from '@bn/api/core';
import {
  ALLIANCE_STATUSES,
  AllianceStatus,
  AlliancesByLandDto,
  DASHBOARD_OPEN_REQUEST_STATUSES,
  DashboardDto,
  DashboardKeyFiguresDto,
  DEPLOYMENT_MODES,
  DeploymentMode,
  DeploymentsByYearDto,
  FoundingsByYearDto,
  HandlungsfeldShareDto,
} from '@bn/shared/contracts';
import { berlinToday } from '@bn/shared/util';
import { visibleAlliances, visibleDeployments, visibleRequests } from './dashboard-scope';
import { CANONICAL_ALLIANCE_HANDLUNGSFELD } from './handlungsfeld-sql';

/**
 * A deployment's year: the year of its first session, or of its creation while it has none.
 * Cancelled and archived deployments do not count (domain-research §3.1 B.3 counts held Einsätze).
 */
const DEPLOYMENT_YEARS = (scope: string): string => `
  SELECT d.mode,
         EXTRACT(YEAR FROM coalesce((SELECT min(s.held_on) FROM deployment_session s WHERE s.deployment_id = d.id),
                                    (d.created_at AT TIME ZONE 'Europe/Berlin')::date))::int AS year
    FROM deployment d
   WHERE d.archived_at IS NULL AND d.status <> 'STORNIERT' AND ${scope}`;

interface Conditions {
  alliance: string;
  deployment: string;
  request: string;
}

interface KeyFigureRow {
  active: number;
  founded: number;
  partners: number;
  deployments: number;
  open_requests: number;
}

/**
 * The dashboard's figures, counted in SQL within the caller's scope (five statements, whatever the
 * data size). Key figures follow domain-research §3.1 A.1 (active alliances, foundings), A.4 (partner
 * organisations, counted once however many alliances they support), A.5 (Handlungsfelder as share of
 * active alliances) and B.2/B.3 (open requests, deployments by mode).
 */
@Injectable()
export class DashboardQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async dashboard(scope: AccessScope): Promise<DashboardDto> {
    const today = berlinToday();
    const year = Number(today.slice(0, 4));
    const alliance = visibleAlliances(scope, 'a.id');
    const deployment = visibleDeployments(scope, 'd');
    const request = visibleRequests(scope, 'r');
    const conditions: Conditions = { alliance: alliance.sql, deployment: deployment.sql, request: request.sql };
    const params = {
      ...alliance.params,
      ...deployment.params,
      ...request.params,
      year,
      today,
      openStatuses: [...DASHBOARD_OPEN_REQUEST_STATUSES],
    };
    const [keyFigures, byLand, foundings, deployments, handlungsfelder] = await Promise.all([
      this.query<KeyFigureRow>(keyFiguresSql(conditions), params),
      this.query<{ code: string; name: string; status: AllianceStatus | null; count: number }>(
        `SELECT l.code, l.name, a.status, count(a.id)::int AS count
           FROM land l
           LEFT JOIN alliance a ON a.land_code = l.code AND a.archived_at IS NULL AND ${conditions.alliance}
          GROUP BY l.code, l.name, a.status
          ORDER BY l.code`,
        params,
      ),
      this.query<{ year: number; count: number }>(
        `SELECT a.founding_year AS year, count(*)::int AS count
           FROM alliance a
          WHERE a.archived_at IS NULL AND a.founding_year IS NOT NULL AND a.founding_year <= :year AND ${conditions.alliance}
          GROUP BY a.founding_year`,
        params,
      ),
      this.query<{ year: number; mode: DeploymentMode; count: number }>(
        `SELECT dy.year, dy.mode, count(*)::int AS count
           FROM (${DEPLOYMENT_YEARS(conditions.deployment)}) dy
          WHERE dy.year BETWEEN :year - 30 AND :year
          GROUP BY dy.year, dy.mode`,
        params,
      ),
      this.query<{ id: string; code: string; name: string; count: number }>(
        `SELECT h.id, h.code, h.name, count(DISTINCT a.id)::int AS count
           FROM handlungsfeld h
           LEFT JOIN (${CANONICAL_ALLIANCE_HANDLUNGSFELD}) ahf ON ahf.handlungsfeld_id = h.id
           LEFT JOIN alliance a ON a.id = ahf.alliance_id AND a.archived_at IS NULL AND a.status = 'AKTIV' AND ${conditions.alliance}
          WHERE h.taxonomy_version = 'KANON'
          GROUP BY h.id, h.code, h.name, h.sort_order
          ORDER BY h.sort_order, h.code`,
        params,
      ),
    ]);
    const figures = toKeyFigures(keyFigures[0]);
    return {
      year,
      countedOn: today,
      scope: scope.kind === 'all' ? 'all' : 'own',
      keyFigures: figures,
      alliancesByLand: toAlliancesByLand(byLand),
      foundingsByYear: toFoundingsByYear(foundings, year),
      deploymentsByYear: toDeploymentsByYear(deployments, year),
      handlungsfelder: handlungsfelder.map(
        (row): HandlungsfeldShareDto => ({
          id: row.id,
          code: row.code,
          name: row.name,
          count: row.count,
          share: figures.activeAlliances === 0 ? 0 : Math.round((row.count / figures.activeAlliances) * 1000) / 1000,
        }),
      ),
    };
  }

  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(query, values);
  }
}

function keyFiguresSql(c: Conditions): string {
  return `
    SELECT
      (SELECT count(*) FROM alliance a
        WHERE a.archived_at IS NULL AND a.status = 'AKTIV' AND ${c.alliance})::int AS active,
      (SELECT count(*) FROM alliance a
        WHERE a.archived_at IS NULL AND a.founding_year = :year AND ${c.alliance})::int AS founded,
      (SELECT count(DISTINCT p.organisation_id) FROM partnership p JOIN alliance a ON a.id = p.alliance_id
        WHERE p.archived_at IS NULL AND a.archived_at IS NULL
          AND (p.since IS NULL OR p.since <= :today) AND (p.until IS NULL OR p.until >= :today)
          AND ${c.alliance})::int AS partners,
      (SELECT count(*) FROM (${DEPLOYMENT_YEARS(c.deployment)}) dy WHERE dy.year = :year)::int AS deployments,
      (SELECT count(*) FROM mentoring_request r
        WHERE r.archived_at IS NULL AND r.status = ANY(:openStatuses) AND ${c.request})::int AS open_requests`;
}

function toKeyFigures(row: KeyFigureRow | undefined): DashboardKeyFiguresDto {
  return {
    activeAlliances: row?.active ?? 0,
    newAlliances: row?.founded ?? 0,
    partners: row?.partners ?? 0,
    deployments: row?.deployments ?? 0,
    openRequests: row?.open_requests ?? 0,
  };
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

export function toAlliancesByLand(rows: { code: string; name: string; status: AllianceStatus | null; count: number }[]): AlliancesByLandDto[] {
  const lands = new Map<string, AlliancesByLandDto>();
  for (const row of rows) {
    const land = lands.get(row.code) ?? { landCode: row.code, landName: row.name, counts: zeroCounts(ALLIANCE_STATUSES) };
    if (row.status) land.counts[row.status] += row.count;
    lands.set(row.code, land);
  }
  return [...lands.values()];
}

/** Every year from the first founding up to the current year, years without foundings as 0. */
export function toFoundingsByYear(rows: { year: number; count: number }[], currentYear: number): FoundingsByYearDto[] {
  if (rows.length === 0) return [];
  const counts = new Map(rows.map((row) => [row.year, row.count]));
  const first = Math.min(...rows.map((row) => row.year));
  return Array.from({ length: currentYear - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}

/** Every year from the first deployment up to the current year, each with all modes. */
export function toDeploymentsByYear(rows: { year: number; mode: DeploymentMode; count: number }[], currentYear: number): DeploymentsByYearDto[] {
  if (rows.length === 0) return [];
  const first = Math.min(...rows.map((row) => row.year));
  const years = Array.from({ length: currentYear - first + 1 }, (_, i) => ({ year: first + i, counts: zeroCounts(DEPLOYMENT_MODES) }));
  for (const row of rows) years[row.year - first].counts[row.mode] += row.count;
  return years;
}
