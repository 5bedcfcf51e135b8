import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PassThrough } from 'node:stream';
import { CurrentPrincipal, Principal, Roles, scopeOf } from '@bn/api/core';
import { ExportList, ExportQueryDto } from '@bn/shared/contracts';
import { berlinToday } from '@bn/shared/util';
import { CSV_CONTENT_TYPE } from '../writers/csv-format';
import { XLSX_CONTENT_TYPE } from '../writers/xlsx-writer';
import { ListExporter } from './list-exporter';

/**
 * Raw list exports as XLSX or CSV (issue 6). Fachberatung and Leitung export everything, coordinators
 * the data of their own alliances, mentors their own deployments; the scope is applied in the query.
 * The file streams while the rows are read, so the download starts at once.
 */
@ApiTags('Exporte')
@ApiProduces(XLSX_CONTENT_TYPE, CSV_CONTENT_TYPE)
@Controller('exports')
export class ExportsController {
  constructor(private readonly exporter: ListExporter) {}

  @Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')
  @Get('alliances')
  alliances(@Query() query: ExportQueryDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): StreamableFile {
    return this.stream('alliances', query, principal, res);
  }

  @Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')
  @Get('organisations')
  organisations(@Query() query: ExportQueryDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): StreamableFile {
    return this.stream('organisations', query, principal, res);
  }

  @Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')
  @Get('events')
  events(@Query() query: ExportQueryDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): StreamableFile {
    return this.stream('events', query, principal, res);
  }

  @Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')
  @Get('activities')
  activities(@Query() query: ExportQueryDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): StreamableFile {
    return this.stream('activities', query, principal, res);
  }

  @Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')
  @Get('deployments')
  deployments(@Query() query: ExportQueryDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): StreamableFile {
    return this.stream('deployments', query, principal, res);
  }

  private stream(list: ExportList, query: ExportQueryDto, principal: Principal, res: Response): StreamableFile {
    const output = new PassThrough();
    // A client that goes away stops the export (and frees its database connection).
    res.once('close', () => {
      if (!output.readableEnded) output.destroy();
    });
    void this.exporter.export({ list, query, scope: scopeOf(principal) }, output);
    const fileName = this.exporter.fileName(list, query.format, berlinToday());
    return new StreamableFile(output, {
      type: query.format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE,
      disposition: `attachment; filename="${fileName}"`,
    });
  }
}
