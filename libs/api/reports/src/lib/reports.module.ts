import { Module } from '@nestjs/common';
import { ReportFiguresService } from './figures/report-figures.service';
import { ReportJobRunner } from './runs/report-job.runner';
import { ReportRunsController } from './runs/report-runs.controller';
import { ReportRunsService } from './runs/report-runs.service';

/**
 * Ministry reports (issue 6): figures of the Bündnis-Monitor and the Mentoring-Bericht, computed by a
 * pg-boss background job, stored as report runs with checksum and release, and written as XLSX, CSV
 * and PDF on download.
 */
@Module({
  controllers: [ReportRunsController],
  providers: [ReportFiguresService, ReportJobRunner, ReportRunsService],
})
export class ReportsModule {}
