import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SearchQueryDto, SearchResponseDto } from '@bn/shared/contracts';
import { SearchService } from './search.service';
import { Roles } from '@bn/api/core';

@ApiTags('Suche')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  /** Global search, grouped by type (Bündnisse, Organisationen, Personen, Mentor:innen). */
  @Get()
  search(@Query() query: SearchQueryDto): Promise<SearchResponseDto> {
    return this.searchService.search(query);
  }
}
