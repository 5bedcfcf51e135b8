import { Module } from '@nestjs/common';
import { AlliancesController } from './alliances.controller';
import { AlliancesService } from './alliances.service';
import { AllianceDetailReader } from './alliance-detail.reader';
import { AllianceStatusController } from './alliance-status.controller';
import { AllianceStatusService } from './alliance-status.service';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';
import { DeclarationsController } from './declarations.controller';
import { DeclarationsService } from './declarations.service';

/** Bündnisse with their status lifecycle, Bündnispartnerschaften and gemeinsame Erklärungen. */
@Module({
  controllers: [AlliancesController, AllianceStatusController, PartnershipsController, DeclarationsController],
  providers: [AlliancesService, AllianceDetailReader, AllianceStatusService, PartnershipsService, DeclarationsService],
  exports: [AlliancesService, AllianceDetailReader],
})
export class AlliancesModule {}
