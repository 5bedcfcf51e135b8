import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  FachgebietDto,
  HandlungsfeldDto,
  HandlungsfeldQueryDto,
  ZielgruppeDto,
} from '@bn/shared/contracts';
import { REFERENCE_CACHE_CONTROL } from './reference.cache';
import { TaxonomyService } from './taxonomy.service';
import { AnyRole } from '@bn/api/core';

@ApiTags('Referenzdaten')
@AnyRole()
@Controller('reference')
export class TaxonomyController {
  constructor(private readonly taxonomies: TaxonomyService) {}

  /** Handlungsfelder of one taxonomy version (default KANON) or of all (`version=all`). */
  @Get('handlungsfelder')
  @Header('Cache-Control', REFERENCE_CACHE_CONTROL)
  listHandlungsfelder(
    @Query() query: HandlungsfeldQueryDto,
  ): Promise<HandlungsfeldDto[]> {
    return this.taxonomies.listHandlungsfelder(query);
  }

  @Get('fachgebiete')
  @Header('Cache-Control', REFERENCE_CACHE_CONTROL)
  listFachgebiete(): Promise<FachgebietDto[]> {
    return this.taxonomies.listFachgebiete();
  }

  @Get('zielgruppen')
  @Header('Cache-Control', REFERENCE_CACHE_CONTROL)
  listZielgruppen(): Promise<ZielgruppeDto[]> {
    return this.taxonomies.listZielgruppen();
  }
}
