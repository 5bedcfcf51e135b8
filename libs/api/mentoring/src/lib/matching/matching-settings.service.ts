import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditWriter, versionConflict } from '@bn/api/core';
import {
  DEFAULT_MATCH_WEIGHTS,
  MATCH_CRITERIA,
  MATCH_WEIGHT_MAX,
  MATCH_WEIGHT_MIN,
  MatchingSettingsDto,
  MatchWeights,
  UpdateMatchWeightsDto,
} from '@bn/shared/contracts';
import { matchingWeightsAllZero } from './matching.errors';

export const MATCHING_WEIGHTS_KEY = 'matching.weights';

interface SettingRow {
  value: unknown;
  version: number;
  updated_at: Date;
}

/** A stored value as weights; a missing or malformed entry falls back to its default. */
export function toWeights(value: unknown): MatchWeights {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const weights = { ...DEFAULT_MATCH_WEIGHTS };
  for (const key of MATCH_CRITERIA) {
    const candidate = stored[key];
    if (typeof candidate === 'number' && Number.isInteger(candidate) && candidate >= MATCH_WEIGHT_MIN && candidate <= MATCH_WEIGHT_MAX) {
      weights[key] = candidate;
    }
  }
  return weights;
}

/**
 * The matcher's weights in app_setting (key matching.weights). While nothing is stored the defaults
 * apply with version 1; the first change inserts the row with version 2. Changes carry the version
 * read (409 when someone changed the weights in between) and are audited.
 */
@Injectable()
export class MatchingSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async get(manager: EntityManager = this.dataSource.manager): Promise<MatchingSettingsDto> {
    const rows = (await manager.query(`SELECT value, version, updated_at FROM app_setting WHERE key = $1`, [MATCHING_WEIGHTS_KEY])) as SettingRow[];
    return toDto(rows[0] ?? null);
  }

  async update(dto: UpdateMatchWeightsDto, userId: string | null): Promise<MatchingSettingsDto> {
    const weights: MatchWeights = Object.fromEntries(MATCH_CRITERIA.map((key) => [key, dto[key]])) as MatchWeights;
    if (MATCH_CRITERIA.every((key) => weights[key] === 0)) throw matchingWeightsAllZero();
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(`SELECT value, version, updated_at FROM app_setting WHERE key = $1 FOR UPDATE`, [MATCHING_WEIGHTS_KEY])) as SettingRow[];
      const current = rows[0] ?? null;
      const before = toDto(current);
      if (before.version !== dto.version) throw versionConflict();
      const written = current
        ? await manager.query(
            `UPDATE app_setting SET value = $2, version = version + 1, updated_at = now(), updated_by_id = $3
              WHERE key = $1 AND version = $4 RETURNING value, version, updated_at`,
            [MATCHING_WEIGHTS_KEY, JSON.stringify(weights), userId, dto.version],
          )
        : await manager.query(
            `INSERT INTO app_setting (key, value, version, updated_by_id) VALUES ($1, $2, $3, $4)
             ON CONFLICT (key) DO NOTHING RETURNING value, version, updated_at`,
            [MATCHING_WEIGHTS_KEY, JSON.stringify(weights), dto.version + 1, userId],
          );
      // UPDATE … RETURNING answers [rows, count] through TypeORM's pg driver; INSERT answers rows.
      const returned = (Array.isArray(written[0]) ? written[0] : written) as SettingRow[];
      if (!returned[0]) throw versionConflict();
      const after = toDto(returned[0]);
      await this.audit.record(manager, {
        action: 'UPDATE',
        entityType: 'AppSetting',
        entityId: null,
        before: { key: MATCHING_WEIGHTS_KEY, ...before.weights },
        after: { key: MATCHING_WEIGHTS_KEY, ...after.weights },
      });
      return after;
    });
  }
}

function toDto(row: SettingRow | null): MatchingSettingsDto {
  if (!row) return { weights: { ...DEFAULT_MATCH_WEIGHTS }, version: 1, isDefault: true, updatedAt: null };
  return { weights: toWeights(row.value), version: row.version, isDefault: false, updatedAt: new Date(row.updated_at).toISOString() };
}
