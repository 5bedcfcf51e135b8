import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ALL_TAXONOMY_VERSIONS,
  CANONICAL_TAXONOMY_VERSION,
  FachgebietDto,
  HandlungsfeldDto,
  HandlungsfeldQueryDto,
  ZielgruppeDto,
} from '@bn/shared/contracts';

interface HandlungsfeldRow {
  id: string;
  taxonomy_version: string;
  code: string;
  name: string;
  valid_from: string;
  valid_to: string | null;
  sort_order: number;
  maps_to: string[];
}

interface FachgebietRow {
  code: string;
  name: string;
  description: string | null;
  sort_order: number;
}

interface ZielgruppeRow {
  code: string;
  name: string;
  sort_order: number;
}

/** Read-only taxonomies: Handlungsfelder (versioned, with their canonical mapping), Fachgebiete, Zielgruppen. */
@Injectable()
export class TaxonomyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One statement: each label with the canonical codes it maps to (aggregated in SQL). */
  async listHandlungsfelder(
    query: HandlungsfeldQueryDto,
  ): Promise<HandlungsfeldDto[]> {
    const version = query.version ?? CANONICAL_TAXONOMY_VERSION;
    const params: string[] = [];
    let where = '';
    if (version !== ALL_TAXONOMY_VERSIONS) {
      params.push(version);
      where = 'WHERE h.taxonomy_version = $1';
    }
    const rows: HandlungsfeldRow[] = await this.dataSource.query(
      `SELECT h.id, h.taxonomy_version, h.code, h.name,
              to_char(h.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(h.valid_to, 'YYYY-MM-DD') AS valid_to,
              h.sort_order,
              coalesce(array_agg(t.code::text ORDER BY t.sort_order, t.code) FILTER (WHERE t.code IS NOT NULL), '{}') AS maps_to
         FROM handlungsfeld h
         LEFT JOIN handlungsfeld_mapping m ON m.source_id = h.id
         LEFT JOIN handlungsfeld t ON t.id = m.target_id
         ${where}
        GROUP BY h.id
        ORDER BY h.taxonomy_version <> '${CANONICAL_TAXONOMY_VERSION}', h.taxonomy_version, h.sort_order, h.code`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      taxonomyVersion: row.taxonomy_version,
      code: row.code,
      name: row.name,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      sortOrder: row.sort_order,
      mapsTo: row.maps_to,
    }));
  }

  async listFachgebiete(): Promise<FachgebietDto[]> {
    const rows: FachgebietRow[] = await this.dataSource.query(
      'SELECT code, name, description, sort_order FROM fachgebiet ORDER BY sort_order, code',
    );
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      description: row.description,
      sortOrder: row.sort_order,
    }));
  }

  async listZielgruppen(): Promise<ZielgruppeDto[]> {
    const rows: ZielgruppeRow[] = await this.dataSource.query(
      'SELECT code, name, sort_order FROM zielgruppe ORDER BY sort_order, code',
    );
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      sortOrder: row.sort_order,
    }));
  }
}
