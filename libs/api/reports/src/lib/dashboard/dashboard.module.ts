import { Module } from '@nestjs/common';
import { AllianceMapController, DashboardController } from './dashboard.controller';
import { DashboardQueries } from './dashboard.queries';
import { AllianceMapQuery } from './alliance-map.query';

/** Dashboard and alliance map: read-only aggregates over the domain tables, scoped in SQL. */
@Module({
  controllers: [DashboardController, AllianceMapController],
  providers: [DashboardQueries, AllianceMapQuery],
})
export class DashboardModule {}
