import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SearchQueryDto, SearchResponseDto } from '@bn/shared/contracts';
import { CurrentPrincipal, Principal, Roles, scopeOf } from '@bn/api/core';
import { SearchService } from './search.service';

@ApiTags('Suche')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  /**
   * Global search, grouped by type (Bündnisse, Organisationen, Personen, Mentor:innen), restricted to
   * what the caller may see: coordinators their alliances, partners, contacts and the mentor gallery;
   * mentors the alliances of their deployments.
   */
  @Get()
  search(@Query() query: SearchQueryDto, @CurrentPrincipal() principal: Principal): Promise<SearchResponseDto> {
    return this.searchService.search(query, scopeOf(principal));
  }
}
