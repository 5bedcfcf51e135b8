import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditWriter, fetchPage, foreignRecord, Principal, versionConflict } from '@bn/api/core';
import { ReportRun } from '@bn/api/data-access-db';
import {
  CreateReportRunDto,
  Page,
  REPORT_FILE_FORMATS,
  ReportFileFormat,
  ReportRunDto,
  ReportRunListQueryDto,
} from '@bn/shared/contracts';
import type { ReportDocument } from '../document/report-document';
import { normaliseParameters } from '../figures/report-parameters';
import { writeCsvZip, writePdf, writeXlsx, PDF_CONTENT_TYPE, XLSX_CONTENT_TYPE, ZIP_CONTENT_TYPE } from '../writers';
import { ReportJobRunner } from './report-job.runner';
import {
  reportFormatInvalid,
  reportPeriodInvalid,
  reportRunAlreadyReleased,
  reportRunNotFinished,
  reportRunNotFound,
} from './report-run.errors';
import { toReportRunDto } from './report-run.mapper';

const ENTITY_TYPE = 'ReportRun';

export interface ReportFile {
  content: Buffer;
  contentType: string;
  fileName: string;
}

const FILES: Record<ReportFileFormat, { write: (doc: ReportDocument) => Promise<Buffer>; contentType: string; extension: string }> = {
  xlsx: { write: writeXlsx, contentType: XLSX_CONTENT_TYPE, extension: 'xlsx' },
  csv: { write: writeCsvZip, contentType: ZIP_CONTENT_TYPE, extension: 'zip' },
  pdf: { write: writePdf, contentType: PDF_CONTENT_TYPE, extension: 'pdf' },
};

/** The ministry sees released runs only; for everyone else a draft is visible too. */
const seesDrafts = (principal: Principal): boolean => principal.role !== 'MINISTERIUM';

/**
 * Report runs (PRODUCT.md flow 5): Fachberatung and Leitung start runs (computed by the background
 * job), the Leitung releases them, the ministry reads and downloads released runs only.
 */
@Injectable()
export class ReportRunsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly jobs: ReportJobRunner,
  ) {}

  async create(dto: CreateReportRunDto, principal: Principal): Promise<ReportRunDto> {
    if (dto.periodTo < dto.periodFrom) throw reportPeriodInvalid();
    const parameters = normaliseParameters(dto);
    const run = await this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(ReportRun, {
        reportType: dto.type,
        parameters,
        authorId: principal.userId,
        authorName: principal.displayName,
        status: 'ENTWURF',
        jobState: 'WARTEND',
        progress: 0,
      });
      const created = await manager.findOneByOrFail(ReportRun, { id: String(identifiers[0]['id']) });
      await this.audit.record(manager, { action: 'CREATE', entityType: ENTITY_TYPE, entityId: created.id, after: toReportRunDto(created) });
      return created;
    });
    await this.jobs.enqueue(run.id);
    return toReportRunDto(run);
  }

  async list(query: ReportRunListQueryDto, principal: Principal): Promise<Page<ReportRunDto>> {
    const qb = this.dataSource.getRepository(ReportRun).createQueryBuilder('run');
    if (!seesDrafts(principal)) qb.andWhere(`run.status = 'FREIGEGEBEN'`);
    if (query.type) qb.andWhere('run.reportType = :type', { type: query.type });
    if (query.status) qb.andWhere('run.status = :status', { status: query.status });
    const { page } = await fetchPage(qb, { ...query, direction: query.direction ?? 'desc' }, 'run.createdAt', toReportRunDto);
    return page;
  }

  async get(id: string, principal: Principal): Promise<ReportRunDto> {
    return toReportRunDto(await this.visibleRun(id, principal, false));
  }

  /** Release by the Servicebüro-Leitung: only a finished draft, with the version the client read. */
  async release(id: string, version: number, principal: Principal): Promise<ReportRunDto> {
    return this.dataSource.transaction(async (manager) => {
      const run = await manager.createQueryBuilder(ReportRun, 'run').setLock('pessimistic_write').where('run.id = :id', { id }).getOne();
      if (!run) throw reportRunNotFound();
      if (run.version !== version) throw versionConflict();
      if (run.status === 'FREIGEGEBEN') throw reportRunAlreadyReleased();
      if (run.jobState !== 'FERTIG') throw reportRunNotFinished();
      await manager.query(
        `UPDATE report_run SET status = 'FREIGEGEBEN', released_by_id = $2, released_by_name = $3, released_at = now(),
                version = version + 1, updated_at = now() WHERE id = $1`,
        [id, principal.userId, principal.displayName],
      );
      const released = await manager.findOneByOrFail(ReportRun, { id });
      await this.audit.record(manager, {
        action: 'STATUS_CHANGE',
        entityType: ENTITY_TYPE,
        entityId: id,
        before: { status: run.status },
        after: { status: released.status, checksum: released.checksum },
      });
      return toReportRunDto(released);
    });
  }

  /** One file of a finished run, written from the stored document; the download is audited. */
  async file(id: string, format: string, principal: Principal): Promise<ReportFile> {
    if (!(REPORT_FILE_FORMATS as readonly string[]).includes(format)) throw reportFormatInvalid();
    const spec = FILES[format as ReportFileFormat];
    const run = await this.visibleRun(id, principal, true);
    if (run.jobState !== 'FERTIG' || !run.result) throw reportRunNotFinished();
    const content = await spec.write(run.result as ReportDocument);
    await this.audit.record(this.dataSource.manager, {
      action: 'EXPORT',
      entityType: ENTITY_TYPE,
      entityId: id,
      after: { format, type: run.reportType, status: run.status, checksum: run.checksum },
    });
    const name = run.reportType === 'BUENDNIS_MONITOR' ? 'Buendnis-Monitor' : 'Mentoring-Bericht';
    return {
      content,
      contentType: spec.contentType,
      fileName: `${name}_${run.parameters.referenceDate}_${(run.checksum ?? '').slice(0, 8)}.${spec.extension}`,
    };
  }

  /** The run, or 404: a ministry user asking for a draft gets the same answer as for an unknown id. */
  private async visibleRun(id: string, principal: Principal, withResult: boolean): Promise<ReportRun> {
    const qb = this.dataSource.getRepository(ReportRun).createQueryBuilder('run').where('run.id = :id', { id });
    if (withResult) qb.addSelect('run.result');
    const run = await qb.getOne();
    if (!run) throw reportRunNotFound();
    if (run.status !== 'FREIGEGEBEN' && !seesDrafts(principal)) {
      throw await foreignRecord(this.audit, this.dataSource.manager, ENTITY_TYPE, id, reportRunNotFound);
    }
    return run;
  }
}
