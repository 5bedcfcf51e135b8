import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateProjectDto, Page, ProjectDetailDto, ProjectListItemDto, UpdateProjectDto } from '@bn/shared/contracts';
import { Observable } from 'rxjs';
import { PageRequest, idPath, pageParams, queryParams } from './page-request';

export interface ProjectFilter {
  q?: string;
  /** true: running today; false: not running. */
  running?: boolean;
}

/** Typed client of `/api/projects`, used for the projects of one alliance (`allianceId` filter). */
@Injectable({ providedIn: 'root' })
export class AllianceProjectsApi {
  private readonly http = inject(HttpClient);

  list(allianceId: string, request: PageRequest, filter: ProjectFilter = {}): Observable<Page<ProjectListItemDto>> {
    return this.http.get<Page<ProjectListItemDto>>('/api/projects', {
      params: queryParams({ ...pageParams(request), ...filter, allianceId }),
    });
  }

  get(id: string): Observable<ProjectDetailDto> {
    return this.http.get<ProjectDetailDto>(`/api/projects/${idPath(id)}`);
  }

  create(dto: CreateProjectDto): Observable<ProjectDetailDto> {
    return this.http.post<ProjectDetailDto>('/api/projects', dto);
  }

  update(id: string, dto: UpdateProjectDto): Observable<ProjectDetailDto> {
    return this.http.put<ProjectDetailDto>(`/api/projects/${idPath(id)}`, dto);
  }

  archive(id: string, version: number): Observable<void> {
    return this.http.post<void>(`/api/projects/${idPath(id)}/archive`, { version });
  }
}
