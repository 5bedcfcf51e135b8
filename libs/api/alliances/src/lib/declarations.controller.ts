import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import {
  AllianceDeclarationDto,
  AllianceDeclarationListQueryDto,
  AllianceSignatureDto,
  CreateAllianceDeclarationDto,
  CreateAllianceSignatureDto,
  UpdateAllianceDeclarationDto,
  VersionDto,
} from '@bn/shared/contracts';
import { DeclarationsService } from './declarations.service';

@ApiTags('Gemeinsame Erklärungen')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('alliances/:id/declarations')
export class DeclarationsController {
  constructor(private readonly declarations: DeclarationsService) {}

  @Get()
  list(@Param('id', ParseIdPipe) allianceId: string, @Query() query: AllianceDeclarationListQueryDto): Promise<AllianceDeclarationDto[]> {
    return this.declarations.list(allianceId, query);
  }

  @Roles('FACHBERATUNG')
  @Post()
  create(
    @Param('id', ParseIdPipe) allianceId: string,
    @Body() dto: CreateAllianceDeclarationDto,
    @CurrentActor() actor: string,
  ): Promise<AllianceDeclarationDto> {
    return this.declarations.create(allianceId, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Put(':declarationId')
  update(
    @Param('id', ParseIdPipe) allianceId: string,
    @Param('declarationId', ParseIdPipe) declarationId: string,
    @Body() dto: UpdateAllianceDeclarationDto,
    @CurrentActor() actor: string,
  ): Promise<AllianceDeclarationDto> {
    return this.declarations.update(allianceId, declarationId, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Post(':declarationId/archive')
  @HttpCode(204)
  archive(
    @Param('id', ParseIdPipe) allianceId: string,
    @Param('declarationId', ParseIdPipe) declarationId: string,
    @Body() dto: VersionDto,
    @CurrentActor() actor: string,
  ): Promise<void> {
    return this.declarations.archive(allianceId, declarationId, dto.version, actor);
  }

  @Roles('FACHBERATUNG')
  @Post(':declarationId/signatures')
  sign(
    @Param('id', ParseIdPipe) allianceId: string,
    @Param('declarationId', ParseIdPipe) declarationId: string,
    @Body() dto: CreateAllianceSignatureDto,
    @CurrentActor() actor: string,
  ): Promise<AllianceSignatureDto> {
    return this.declarations.sign(allianceId, declarationId, dto, actor);
  }
}
