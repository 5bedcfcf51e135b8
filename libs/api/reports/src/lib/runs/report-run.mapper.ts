import type { ReportRun } from '@bn/api/data-access-db';
import type { ReportRunDto } from '@bn/shared/contracts';

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function toReportRunDto(run: ReportRun): ReportRunDto {
  return {
    id: run.id,
    type: run.reportType,
    parameters: run.parameters,
    authorName: run.authorName,
    createdAt: run.createdAt.toISOString(),
    status: run.status,
    releasedByName: run.releasedByName,
    releasedAt: iso(run.releasedAt),
    jobState: run.jobState,
    progress: run.progress,
    error: run.error,
    checksum: run.checksum,
    finishedAt: iso(run.finishedAt),
    version: run.version,
  };
}
