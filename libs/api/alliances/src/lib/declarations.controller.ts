import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
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
import { requesterOf } from './alliance-access';

/** Coordinators read and write their own alliances' declarations; mentors read assigned ones; the Leitung reads. */
@ApiTags('Gemeinsame Erklärungen')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')
@Controller('alliances/:id/declarations')
export class DeclarationsController {
  constructor(private readonly declarations: DeclarationsService) {}

  @Get()
  list(
    @Param('id', ParseIdPipe) allianceId: string,
    @Query() query: AllianceDeclarationListQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AllianceDeclarationDto[]> {
    return this.declarations.list(allianceId, query, scopeOf(principal));
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post()
  create(
    @Param('id', ParseIdPipe) allianceId: string,
    @Body() dto: CreateAllianceDeclarationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AllianceDeclarationDto> {
    return this.declarations.create(allianceId, dto, requesterOf(principal));
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Put(':declarationId')
  update(
    @Param('id', ParseIdPipe) allianceId: string,
    @Param('declarationId', ParseIdPipe) declarationId: string,
    @Body() dto: UpdateAllianceDeclarationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AllianceDeclarationDto> {
    return this.declarations.update(allianceId, declarationId, dto, requesterOf(principal));
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post(':declarationId/archive')
  @HttpCode(204)
  archive(
    @Param('id', ParseIdPipe) allianceId: string,
    @Param('declarationId', ParseIdPipe) declarationId: string,
    @Body() dto: VersionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.declarations.archive(allianceId, declarationId, dto.version, requesterOf(principal));
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post(':declarationId/signatures')
  sign(
    @Param('id', ParseIdPipe) allianceId: string,
    @Param('declarationId', ParseIdPipe) declarationId: string,
    @Body() dto: CreateAllianceSignatureDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AllianceSignatureDto> {
    return this.declarations.sign(allianceId, declarationId, dto, requesterOf(principal));
  }
}
