import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { REPORT_TYPE_LABELS, ReportType } from '@bn/shared/contracts';
import type { ReportDocument } from '../document/report-document';
import { buendnisMonitorFigures } from './buendnis-monitor.figures';
import { reportChecksum } from './checksum';
import { FigureInput, Figures, Query } from './figure-source';
import { mentoringBerichtFigures } from './mentoring-bericht.figures';
import {
  DEFAULT_MINISTRY_NAME,
  MINISTRY_NAME_SETTING,
  parameterList,
  ReportParameters,
  SUPPRESSION_NOTE,
} from './report-parameters';

const FIGURES: Record<ReportType, (input: FigureInput) => Promise<Figures>> = {
  BUENDNIS_MONITOR: buendnisMonitorFigures,
  MENTORING_BERICHT: mentoringBerichtFigures,
};

export interface BuiltReport {
  document: ReportDocument;
  checksum: string;
}

/**
 * Computes a report's figures with a few aggregate statements (no table is read into memory) inside
 * one read-only REPEATABLE READ transaction, so every table sees the same snapshot of the data.
 */
@Injectable()
export class ReportFiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async build(type: ReportType, parameters: ReportParameters, progress: (percent: number) => Promise<void>): Promise<BuiltReport> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      const query: Query = (sql, params) => runner.query(sql, params);
      const ministry = await this.ministryName(query);
      const allLaender = await query<{ code: string; name: string }>(`SELECT code, name FROM land ORDER BY code`, []);
      const laender = parameters.laender.length ? allLaender.filter((l) => parameters.laender.includes(l.code)) : allLaender;
      const figures = await FIGURES[type]({ query, parameters, laender, progress });
      await runner.commitTransaction();
      const checksum = reportChecksum(type, parameters, figures);
      const document: ReportDocument = {
        title: REPORT_TYPE_LABELS[type],
        subtitle: `Bericht an das ${ministry}`,
        parameters: parameterList(type, parameters, new Map(allLaender.map((l) => [l.code, l.name])), ministry),
        notes: [SUPPRESSION_NOTE, ...figures.notes],
        tables: figures.tables,
        checksum,
        generatedAt: new Date().toISOString(),
      };
      return { document, checksum };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** The ministry's name from app_setting `reports.ministryName` (a JSON string), else the default. */
  private async ministryName(query: Query): Promise<string> {
    const [row] = await query<{ value: unknown }>(`SELECT value FROM app_setting WHERE key = $1`, [MINISTRY_NAME_SETTING]);
    return typeof row?.value === 'string' && row.value.trim() ? row.value.trim() : DEFAULT_MINISTRY_NAME;
  }
}
