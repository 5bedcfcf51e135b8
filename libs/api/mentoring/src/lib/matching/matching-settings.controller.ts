import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@bn/api/core';
import { MatchingSettingsDto, UpdateMatchWeightsDto } from '@bn/shared/contracts';
import { MatchingSettingsService } from './matching-settings.service';

/** The matcher's weights: read by the Fachberatung, changed by the Leitung and the Administration. */
@ApiTags('Einstellungen')
@Controller('settings/matching')
export class MatchingSettingsController {
  constructor(private readonly settings: MatchingSettingsService) {}

  @Roles('FACHBERATUNG', 'LEITUNG', 'ADMINISTRATION')
  @Get()
  get(): Promise<MatchingSettingsDto> {
    return this.settings.get();
  }

  @Roles('LEITUNG', 'ADMINISTRATION')
  @Put()
  update(@Body() dto: UpdateMatchWeightsDto, @CurrentPrincipal() principal: Principal): Promise<MatchingSettingsDto> {
    return this.settings.update(dto, principal.userId);
  }
}
