import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, ParseIdPipe, Principal, Roles } from '@bn/api/core';
import { CreateReportRunDto, Page, ReleaseReportRunDto, ReportRunDto, ReportRunListQueryDto } from '@bn/shared/contracts';
import { ReportRunsService } from './report-runs.service';

/**
 * Ministry report runs. Fachberatung and Leitung start runs and see drafts; the Leitung releases;
 * the ministry sees and downloads released runs only (drafts answer 404). Coordinators, mentors and
 * administrators have no access (§3.2).
 */
@ApiTags('Berichte')
@Roles('FACHBERATUNG', 'LEITUNG', 'MINISTERIUM')
@Controller('reports/runs')
export class ReportRunsController {
  constructor(private readonly runs: ReportRunsService) {}

  /** 202: the figures are computed in the background; poll GET /reports/runs/:id for progress. */
  @Roles('FACHBERATUNG', 'LEITUNG')
  @Post()
  @HttpCode(202)
  create(@Body() dto: CreateReportRunDto, @CurrentPrincipal() principal: Principal): Promise<ReportRunDto> {
    return this.runs.create(dto, principal);
  }

  @Get()
  list(@Query() query: ReportRunListQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<ReportRunDto>> {
    return this.runs.list(query, principal);
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<ReportRunDto> {
    return this.runs.get(id, principal);
  }

  @Roles('LEITUNG')
  @Post(':id/release')
  @HttpCode(200)
  release(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ReleaseReportRunDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReportRunDto> {
    return this.runs.release(id, dto.version, principal);
  }

  /** xlsx (one sheet per table), csv (ZIP of UTF-8 CSV files) or pdf (accessible report). */
  @Get(':id/files/:format')
  async file(
    @Param('id', ParseIdPipe) id: string,
    @Param('format') format: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.runs.file(id, format, principal);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.content);
  }
}
