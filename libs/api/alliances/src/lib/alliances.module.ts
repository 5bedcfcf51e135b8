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
import { AllianceAccess } from './alliance-access';
import { StatusRequestsController } from './status-requests.controller';
import { StatusRequestsService } from './status-requests.service';

/**
 * Bündnisse with their status lifecycle (transitions by the Servicebüro, status change requests by
 * coordinators), Bündnispartnerschaften and gemeinsame Erklärungen; every read and write scoped per role.
 */
@Module({
  controllers: [AlliancesController, AllianceStatusController, PartnershipsController, DeclarationsController, StatusRequestsController],
  providers: [
    AllianceAccess,
    AlliancesService,
    AllianceDetailReader,
    AllianceStatusService,
    PartnershipsService,
    DeclarationsService,
    StatusRequestsService,
  ],
  exports: [AlliancesService, AllianceDetailReader],
})
export class AlliancesModule {}
