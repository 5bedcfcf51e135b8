import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  GEMEINDE_PICKER_DEFAULT_LIMIT,
  GemeindeDetailDto,
  GemeindeDto,
  GemeindeSearchQueryDto,
  KreisDto,
  KreisListQueryDto,
  LandDto,
} from '@bn/shared/contracts';
import {
  GemeindeDetailRow,
  GemeindeRow,
  KreisRow,
  LandRow,
  toGemeindeDetailDto,
  toGemeindeDto,
  toKreisDto,
  toLandDto,
} from './geography.mapper';
import { gemeindeNotFound } from './reference.errors';

const GEMEINDE_COLUMNS = `
  g.ags, g.name, g.designation, g.kreis_ags, k.name AS kreis_name, k.designation AS kreis_designation,
  g.land_code, l.abbreviation AS land_abbreviation, g.latitude, g.longitude`;

const GEMEINDE_FROM = `
  FROM gemeinde g
  JOIN kreis k ON k.ags = g.kreis_ags
  JOIN land l ON l.code = g.land_code`;

/** The folded search term, computed in SQL from the given parameter, and its LIKE-escaped form. */
const foldedKey = (param: string): string => `bn_fold(${param})`;
const likePattern = (param: string): string =>
  String.raw`replace(replace(replace(bn_fold(${param}), '\', '\\'), '%', '\%'), '_', '\_')`;

/**
 * The picker's German-tolerant match over the trigram-indexed `search_key`, and its rank: exact
 * folded name, then prefix, then contains, then trigram similarity.
 */
function matchAndOrder(param: string): { match: string; order: string } {
  const key = foldedKey(param);
  const pattern = likePattern(param);
  return {
    match: `(g.search_key LIKE ${pattern} || '%' OR g.search_key LIKE '%' || ${pattern} || '%' OR g.search_key % ${key})`,
    order: `CASE
        WHEN g.search_key = ${key} THEN 0
        WHEN g.search_key LIKE ${pattern} || '%' THEN 1
        WHEN g.search_key LIKE '%' || ${pattern} || '%' THEN 2
        ELSE 3
      END, similarity(g.search_key, ${key}) DESC, g.search_key, g.name, g.ags`,
  };
}

/** Read-only geography: Länder, Kreise and the Gemeinde picker. Every call is one SQL statement. */
@Injectable()
export class GeographyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listLaender(): Promise<LandDto[]> {
    const rows: LandRow[] = await this.dataSource.query(
      'SELECT code, abbreviation, name, latitude, longitude FROM land ORDER BY code',
    );
    return rows.map(toLandDto);
  }

  async listKreise(query: KreisListQueryDto): Promise<KreisDto[]> {
    const params: string[] = [];
    let where = '';
    if (query.landCode) {
      params.push(query.landCode);
      where = 'WHERE land_code = $1';
    }
    const rows: KreisRow[] = await this.dataSource.query(
      `SELECT ags, name, designation, land_code, latitude, longitude FROM kreis ${where} ORDER BY bn_fold(name), name, ags`,
      params,
    );
    return rows.map(toKreisDto);
  }

  /** The Gemeinde picker: by search term and/or Kreis, optionally within one Land. */
  async searchGemeinden(query: GemeindeSearchQueryDto): Promise<GemeindeDto[]> {
    const term = query.q?.trim() ?? '';
    const params: (string | number)[] = [];
    const conditions: string[] = [];
    let order = 'g.search_key, g.name, g.ags';
    if (term) {
      params.push(term);
      const ranked = matchAndOrder(`$${params.length}`);
      conditions.push(ranked.match);
      order = ranked.order;
    }
    if (query.landCode) {
      params.push(query.landCode);
      conditions.push(`g.land_code = $${params.length}`);
    }
    if (query.kreisAgs) {
      params.push(query.kreisAgs);
      conditions.push(`g.kreis_ags = $${params.length}`);
    }
    params.push(query.limit ?? GEMEINDE_PICKER_DEFAULT_LIMIT);
    const rows: GemeindeRow[] = await this.dataSource.query(
      `SELECT ${GEMEINDE_COLUMNS} ${GEMEINDE_FROM}
       WHERE ${conditions.length ? conditions.join(' AND ') : 'TRUE'}
       ORDER BY ${order}
       LIMIT $${params.length}`,
      params,
    );
    return rows.map(toGemeindeDto);
  }

  async getGemeinde(ags: string): Promise<GemeindeDetailDto> {
    const rows: GemeindeDetailRow[] = await this.dataSource.query(
      `SELECT ${GEMEINDE_COLUMNS}, g.ars, l.name AS land_name ${GEMEINDE_FROM} WHERE g.ags = $1`,
      [ags],
    );
    if (!rows.length) throw gemeindeNotFound();
    return toGemeindeDetailDto(rows[0]);
  }
}
