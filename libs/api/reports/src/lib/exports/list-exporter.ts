import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import type { Worksheet } from 'exceljs';
import { DataSource } from 'typeorm';
import { AccessScope, AuditWriter } from '@bn/api/core';
import { EXPORT_LIST_LABELS, ExportFormat, ExportList, ExportQueryDto } from '@bn/shared/contracts';
import { BOM, csvLine } from '../writers/csv-format';
import { addTableSheet, appendTableRow, SheetColumn } from '../writers/xlsx-table';
import { newWorkbookWriter } from '../writers/xlsx-writer';
import { ExportColumn, ExportRow } from './export-columns';
import { EXPORT_LISTS, ExportListDefinition } from './export-lists';
import { exportCondition } from './export-scope';
import { forEachBatch } from './row-cursor';

export interface ExportRequest {
  list: ExportList;
  query: ExportQueryDto;
  scope: AccessScope;
}

/** Rows formatted before the export lets the event loop serve other requests. */
const ROWS_PER_SLICE = 100;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Raised when the reader went away (closed connection): the export stops quietly. */
class OutputClosed extends Error {}

/**
 * Streams a raw list from a PostgreSQL cursor into a CSV or XLSX file: rows are formatted batch by
 * batch and written with back-pressure, so memory stays flat for 100,000 rows. Scoping happens in the
 * query (exportCondition). Every export, finished or not, is recorded in the audit log with the list,
 * format, filter and number of rows written.
 */
@Injectable()
export class ListExporter {
  private readonly logger = new Logger(ListExporter.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  /** File name for the download, e.g. "buendnisse_2026-11-21.xlsx". */
  fileName(list: ExportList, format: ExportFormat, today: string): string {
    return `${EXPORT_LISTS[list].fileBase}_${today}.${format}`;
  }

  /** Writes the file into `output` and ends it; resolves with the number of data rows. */
  async export(request: ExportRequest, output: Writable): Promise<number> {
    const definition = EXPORT_LISTS[request.list];
    let rowCount = 0;
    let isRecorded = false;
    try {
      const { sql, params } = this.buildQuery(definition, request);
      const sink = request.query.format === 'csv' ? csvSink(definition, output) : xlsxSink(definition, output);
      await forEachBatch(this.dataSource, sql, params, async (rows) => {
        for (let index = 0; index < rows.length; index++) {
          sink.write(rows[index]);
          // Formatting (XLSX above all) is synchronous work: other requests get their turn between
          // slices instead of waiting for a whole batch (QUALITY.md E4).
          if (index % ROWS_PER_SLICE === ROWS_PER_SLICE - 1) await nextTurn();
        }
        await sink.flush();
        rowCount += rows.length;
        await drained(output);
      });
      // Recorded before the file is closed, so the entry exists once the client has the last byte.
      isRecorded = true;
      await this.record(request, rowCount, true);
      await sink.finish();
      return rowCount;
    } catch (error) {
      if (!(error instanceof OutputClosed)) this.logger.error(`export ${request.list} failed: ${String(error)}`);
      if (!output.destroyed) output.destroy(error instanceof Error ? error : new Error(String(error)));
      if (!isRecorded) await this.record(request, rowCount, false);
      return rowCount;
    }
  }

  /** The list's query restricted to the scope and the filters, with positional parameters. */
  buildQuery(definition: ExportListDefinition, request: ExportRequest): { sql: string; params: unknown[] } {
    const conditions: string[] = [];
    const named: Record<string, unknown> = {};
    const scope = exportCondition(request.list, request.scope);
    if (scope) {
      conditions.push(scope.sql);
      Object.assign(named, scope.params);
    }
    if (!request.query.includeArchived) conditions.push(`${definition.archivedColumn} IS NULL`);
    if (request.query.landCode) {
      conditions.push(`${definition.landColumn} = :exportLandCode`);
      named['exportLandCode'] = request.query.landCode;
    }
    if (request.query.allianceId) {
      conditions.push(definition.allianceCondition);
      named['exportAllianceId'] = request.query.allianceId;
    }
    const where = conditions.length ? `WHERE ${conditions.map((condition) => `(${condition})`).join(' AND ')}` : '';
    const sql = `SELECT ${definition.select} FROM ${definition.from} ${where} ORDER BY ${definition.orderBy}`;
    const [query, params] = this.dataSource.driver.escapeQueryWithParameters(sql, named);
    return { sql: query, params };
  }

  private async record(request: ExportRequest, rowCount: number, isComplete: boolean): Promise<void> {
    const { format, landCode, allianceId, includeArchived } = request.query;
    try {
      await this.audit.record(this.dataSource.manager, {
        action: 'EXPORT',
        entityType: 'Export',
        entityId: null,
        after: {
          list: request.list,
          listLabel: EXPORT_LIST_LABELS[request.list],
          format,
          filter: { landCode: landCode ?? null, allianceId: allianceId ?? null, includeArchived: !!includeArchived },
          scope: request.scope.kind,
          rowCount,
          complete: isComplete,
        },
      });
    } catch (error) {
      this.logger.error(`export audit entry not written: ${String(error)}`);
    }
  }
}

interface Sink {
  write(row: ExportRow): void;
  /** End of a fetched batch: hands what was buffered on, waiting while the next stage is full. */
  flush(): Promise<void> | void;
  finish(): Promise<void>;
}

function cells(columns: readonly ExportColumn[], row: ExportRow): ReturnType<ExportColumn['value']>[] {
  return columns.map((column) => column.value(row));
}

function csvSink(definition: ExportListDefinition, output: Writable): Sink {
  output.write(BOM + csvLine(definition.columns.map((column) => column.label)));
  // One write per fetched batch (1,000 lines) instead of one per line: far fewer chunks through the
  // stream pipeline, same bytes (QUALITY.md E1).
  let lines: string[] = [];
  return {
    write: (row) => {
      lines.push(csvLine(cells(definition.columns, row)));
    },
    flush: () => {
      if (lines.length) output.write(lines.join(''));
      lines = [];
    },
    finish: async () => {
      output.end();
      await finished(output);
    },
  };
}

function xlsxSink(definition: ExportListDefinition, output: Writable): Sink {
  const workbook = newWorkbookWriter(output, definition.title, `Export aus dem Bündnisnetz: ${definition.title}`);
  const columns: SheetColumn[] = definition.columns.map((column) => ({
    label: column.label,
    kind: column.kind,
    width: column.width,
    places: column.kind === 'decimal' ? 2 : undefined,
  }));
  const sheet = addTableSheet(workbook, definition.title, columns);
  return {
    write: (row) => {
      appendTableRow(sheet, columns, cells(definition.columns, row));
    },
    // committed rows are already in the zip's input; wait until the zip has compressed them
    flush: () => zipInputDrained(sheet, output),
    finish: async () => {
      sheet.commit();
      await workbook.commit();
      await finished(output);
    },
  };
}

/** The writable side of a stream as exceljs' zip (archiver, readable-stream 2) has it. */
interface ZipInput {
  _writableState?: { needDrain?: boolean };
  once(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
}

/**
 * exceljs' streaming writer pushes each sheet's XML into the zip without back-pressure (its StreamBuf
 * ignores the return value of write), so on a large export the uncompressed XML piles up in the zip's
 * input, in proportion to the rows. Waiting here until that input has drained keeps memory flat
 * (QUALITY.md E2). Also returns when the output closes (the reader went away).
 */
async function zipInputDrained(sheet: Worksheet, output: Writable): Promise<void> {
  const inputs = (sheet as unknown as { stream?: { pipes?: ZipInput[] } }).stream?.pipes ?? [];
  for (const input of inputs) {
    if (!input._writableState?.needDrain || output.destroyed) continue;
    await new Promise<void>((resolve) => {
      const done = () => {
        input.removeListener('drain', done);
        output.removeListener('close', done);
        resolve();
      };
      input.once('drain', done);
      output.once('close', done);
    });
  }
}

/** Waits while the output's buffer is full; fails when the reader has gone. */
async function drained(output: Writable): Promise<void> {
  if (output.destroyed) throw new OutputClosed();
  if (!output.writableNeedDrain) return;
  await Promise.race([once(output, 'drain'), once(output, 'close')]);
  if (output.destroyed) throw new OutputClosed();
}

/** Resolves once everything written has been handed on (or at once for a stream already closed). */
async function finished(output: Writable): Promise<void> {
  if (output.writableFinished || output.destroyed) return;
  await Promise.race([once(output, 'finish'), once(output, 'close')]);
}
