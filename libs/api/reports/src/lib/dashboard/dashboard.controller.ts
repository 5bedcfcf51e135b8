import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@bn/api/core';
import { AllianceMapDto, AllianceMapQueryDto, DashboardDto } from '@bn/shared/contracts';
import { dashboardScopeOf } from './dashboard-scope';
import { DashboardQueries } from './dashboard.queries';
import { AllianceMapQuery } from './alliance-map.query';

/**
 * The start dashboard: key figures and chart series. Every role but the Administration (which manages
 * accounts, not content); coordinators count their own alliances, mentors their own deployments.
 */
@ApiTags('Übersicht')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR', 'MINISTERIUM')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly queries: DashboardQueries) {}

  @Get()
  dashboard(@CurrentPrincipal() principal: Principal): Promise<DashboardDto> {
    return this.queries.dashboard(dashboardScopeOf(principal));
  }
}

/** The alliance map (Bündnislandkarte), scoped like the dashboard. */
@ApiTags('Übersicht')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR', 'MINISTERIUM')
@Controller('map')
export class AllianceMapController {
  constructor(private readonly query: AllianceMapQuery) {}

  @Get('alliances')
  alliances(@Query() query: AllianceMapQueryDto, @CurrentPrincipal() principal: Principal): Promise<AllianceMapDto> {
    return this.query.map(query, dashboardScopeOf(principal));
  }
}
