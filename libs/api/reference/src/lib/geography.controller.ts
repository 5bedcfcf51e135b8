import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  GemeindeDetailDto,
  GemeindeDto,
  GemeindeSearchQueryDto,
  KreisDto,
  KreisListQueryDto,
  LandDto,
} from '@bn/shared/contracts';
import { GeographyService } from './geography.service';
import { ParseGemeindeAgsPipe } from './parse-gemeinde-ags.pipe';
import { REFERENCE_CACHE_CONTROL } from './reference.cache';
import { AnyRole } from '@bn/api/core';

@ApiTags('Referenzdaten')
@AnyRole()
@Controller('reference')
export class GeographyController {
  constructor(private readonly geography: GeographyService) {}

  /** The 16 Länder, ordered by AGS code. */
  @Get('laender')
  @Header('Cache-Control', REFERENCE_CACHE_CONTROL)
  listLaender(): Promise<LandDto[]> {
    return this.geography.listLaender();
  }

  /** Landkreise and kreisfreie Städte, optionally of one Land, ordered by name. */
  @Get('kreise')
  @Header('Cache-Control', REFERENCE_CACHE_CONTROL)
  listKreise(@Query() query: KreisListQueryDto): Promise<KreisDto[]> {
    return this.geography.listKreise(query);
  }

  /** The Gemeinde picker: German-tolerant search by name and/or all Gemeinden of a Kreis. */
  @Get('gemeinden')
  @Header('Cache-Control', REFERENCE_CACHE_CONTROL)
  searchGemeinden(
    @Query() query: GemeindeSearchQueryDto,
  ): Promise<GemeindeDto[]> {
    return this.geography.searchGemeinden(query);
  }

  @Get('gemeinden/:ags')
  @Header('Cache-Control', REFERENCE_CACHE_CONTROL)
  getGemeinde(
    @Param('ags', ParseGemeindeAgsPipe) ags: string,
  ): Promise<GemeindeDetailDto> {
    return this.geography.getGemeinde(ags);
  }
}
