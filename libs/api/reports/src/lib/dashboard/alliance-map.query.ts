import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope } from '@bn/api/core';
import {
  AllianceMapDto,
  AllianceMapPointDto,
  AllianceMapQueryDto,
  AllianceStatus,
  LandAllianceCountDto,
  MapHandlungsfeldOptionDto,
} from '@bn/shared/contracts';
import { visibleAlliances } from './dashboard-scope';
import { CANONICAL_HANDLUNGSFELDER } from './handlungsfeld-sql';

interface PointRow {
  id: string;
  name: string;
  code: string;
  status: AllianceStatus;
  land_code: string;
  land_name: string;
  municipality_name: string | null;
  latitude: string | null;
  longitude: string | null;
}

/**
 * The alliance map: points for the alliances matching the filters (place from the Gemeinde, or the
 * Kreis for alliances without one), and active alliances per Land for shading — all within the
 * caller's scope, in three statements.
 */
@Injectable()
export class AllianceMapQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async map(query: AllianceMapQueryDto, scope: AccessScope): Promise<AllianceMapDto> {
    const visible = visibleAlliances(scope, 'a.id');
    const filters: string[] = [];
    if (query.status) filters.push('a.status = :status');
    // The id may be a canonical field (matching older labels mapped onto it) or a label of any version.
    if (query.handlungsfeld) {
      filters.push(`EXISTS (SELECT 1 FROM alliance_handlungsfeld fah
                             LEFT JOIN handlungsfeld_mapping fm ON fm.source_id = fah.handlungsfeld_id
                            WHERE fah.alliance_id = a.id AND (fah.handlungsfeld_id = :handlungsfeld OR fm.target_id = :handlungsfeld))`);
    }
    const params = { ...visible.params, status: query.status ?? null, handlungsfeld: query.handlungsfeld ?? null };
    const [points, lands, handlungsfelder] = await Promise.all([
      this.query<PointRow>(
        `SELECT a.id, a.name, a.code, a.status, a.land_code, l.name AS land_name,
                coalesce(g.name, k.name) AS municipality_name,
                coalesce(g.latitude, k.latitude) AS latitude, coalesce(g.longitude, k.longitude) AS longitude
           FROM alliance a
           JOIN land l ON l.code = a.land_code
           LEFT JOIN gemeinde g ON g.ags = a.gemeinde_ags
           LEFT JOIN kreis k ON k.ags = a.kreis_ags
          WHERE a.archived_at IS NULL AND ${visible.sql} ${filters.map((f) => `AND ${f}`).join(' ')}
          ORDER BY l.name, a.name, a.id`,
        params,
      ),
      this.query<{ code: string; name: string; count: number }>(
        `SELECT l.code, l.name, count(a.id)::int AS count
           FROM land l
           LEFT JOIN alliance a ON a.land_code = l.code AND a.archived_at IS NULL AND a.status = 'AKTIV' AND ${visible.sql}
          GROUP BY l.code, l.name
          ORDER BY l.code`,
        params,
      ),
      this.query<MapHandlungsfeldOptionDto>(CANONICAL_HANDLUNGSFELDER, {}),
    ]);
    return {
      points: points.map(toPoint),
      lands: lands.map((row): LandAllianceCountDto => ({ landCode: row.code, landName: row.name, activeAlliances: row.count })),
      handlungsfelder: handlungsfelder.map((row) => ({ id: row.id, code: row.code, name: row.name })),
    };
  }

  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(query, values);
  }
}

function toPoint(row: PointRow): AllianceMapPointDto {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    status: row.status,
    landCode: row.land_code,
    landName: row.land_name,
    municipalityName: row.municipality_name,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
  };
}
