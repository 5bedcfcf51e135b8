import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope } from '@bn/api/core';
import {
  SEARCH_DEFAULT_LIMIT,
  SEARCH_TYPE_LABELS,
  SEARCH_TYPES,
  SearchGroupDto,
  SearchItemDto,
  SearchQueryDto,
  SearchResponseDto,
  SearchType,
} from '@bn/shared/contracts';
import {
  allianceSubtitle,
  mentorSubtitle,
  organisationSubtitle,
  personSubtitle,
  toSearchItem,
} from './search.mapper';
import {
  AllianceHitRow,
  HitRow,
  MentorHitRow,
  OrganisationHitRow,
  PersonHitRow,
  SEARCH_SQL,
} from './search.queries';
import { searchScopeOf, TypeScope } from './search-scope';

type SubtitleOf = (row: HitRow) => string | null;

const SUBTITLES: Readonly<Record<SearchType, SubtitleOf>> = {
  alliance: (row) => allianceSubtitle(row as AllianceHitRow),
  organisation: (row) => organisationSubtitle(row as OrganisationHitRow),
  person: (row) => personSubtitle(row as PersonHitRow),
  mentor: (row) => mentorSubtitle(row as MentorHitRow),
};

/**
 * Global search over alliances, organisations, persons and mentors: one SQL statement per requested
 * type (at most four, run side by side), archived rows left out, German spellings folded. What each
 * caller may find is part of each statement (search-scope.ts); a type the caller may not search at
 * all comes back as an empty group without a query.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(query: SearchQueryDto, scope: AccessScope): Promise<SearchResponseDto> {
    const term = query.q.trim();
    const limit = query.limit ?? SEARCH_DEFAULT_LIMIT;
    const requested = new Set<SearchType>(query.types ?? SEARCH_TYPES);
    const types = SEARCH_TYPES.filter((type) => requested.has(type));
    const allowed = searchScopeOf(scope);
    const groups = await Promise.all(
      types.map((type) => {
        const typeScope = allowed[type];
        return typeScope ? this.searchType(type, typeScope, term, limit) : Promise.resolve(emptyGroup(type));
      }),
    );
    return { query: term, groups };
  }

  private async searchType(
    type: SearchType,
    scope: TypeScope,
    term: string,
    limit: number,
  ): Promise<SearchGroupDto> {
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(SEARCH_SQL[type](scope), {
      ...scope.hits?.params,
      ...scope.functions?.params,
      term,
      limit,
    });
    const rows: HitRow[] = await this.dataSource.query(sql, params);
    const items: SearchItemDto[] = rows.map((row) =>
      toSearchItem(type, row, SUBTITLES[type](row)),
    );
    return {
      type,
      label: SEARCH_TYPE_LABELS[type],
      total: rows.length ? Number(rows[0].total) : 0,
      items,
    };
  }
}

function emptyGroup(type: SearchType): SearchGroupDto {
  return { type, label: SEARCH_TYPE_LABELS[type], total: 0, items: [] };
}
