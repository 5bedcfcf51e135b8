import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LandDto, Page, ReportFileFormat, ReportRunDto, ReportRunStatus, ReportType } from '@bn/shared/contracts';
import type { DownloadedFile } from '@bn/web/util';
import { Observable, shareReplay } from 'rxjs';
import { getFile } from './file-request';

const BASE = '/api/reports/runs';

function runUrl(id: string): string {
  return `${BASE}/${encodeURIComponent(id)}`;
}

/** Body of `POST /api/reports/runs` (CreateReportRunDto, restated so the client does not load the class). */
export interface CreateReportRunRequest {
  type: ReportType;
  periodFrom: string;
  periodTo: string;
  referenceDate: string;
  laender?: string[];
}

/** Filters and paging of the run list (ReportRunListQueryDto). */
export interface ReportRunListParams {
  page: number;
  pageSize: number;
  type?: ReportType | null;
  status?: ReportRunStatus | null;
}

/** File names when the server sends none (it always should). */
const FALLBACK_EXTENSIONS: Record<ReportFileFormat, string> = { xlsx: 'xlsx', csv: 'zip', pdf: 'pdf' };

/** Typed client of `/api/reports/runs`: the ministry reports, their progress, release and files. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  /** The 16 Länder for the optional restriction of a run. */
  readonly laender$: Observable<LandDto[]> = this.http.get<LandDto[]>('/api/reference/laender').pipe(shareReplay(1));

  list(query: ReportRunListParams): Observable<Page<ReportRunDto>> {
    const params: Record<string, string> = { page: String(query.page), pageSize: String(query.pageSize) };
    if (query.type) params['type'] = query.type;
    if (query.status) params['status'] = query.status;
    return this.http.get<Page<ReportRunDto>>(BASE, { params });
  }

  get(id: string): Observable<ReportRunDto> {
    return this.http.get<ReportRunDto>(runUrl(id));
  }

  /** 202: the run is queued; poll `get` until its jobState is FERTIG or FEHLER. */
  create(request: CreateReportRunRequest): Observable<ReportRunDto> {
    return this.http.post<ReportRunDto>(BASE, request);
  }

  /** Release by the Servicebüro-Leitung, with the version the client read (409 when it changed). */
  release(id: string, version: number): Observable<ReportRunDto> {
    return this.http.post<ReportRunDto>(`${runUrl(id)}/release`, { version });
  }

  /** One file of a finished run: XLSX, CSV (a ZIP of CSV files) or PDF. */
  file(run: Pick<ReportRunDto, 'id' | 'type'>, format: ReportFileFormat): Observable<DownloadedFile> {
    return getFile(this.http, `${runUrl(run.id)}/files/${format}`, {}, `Bericht_${run.id}.${FALLBACK_EXTENSIONS[format]}`);
  }
}
