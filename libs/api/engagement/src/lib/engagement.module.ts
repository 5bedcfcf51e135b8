import { Module } from '@nestjs/common';
import { ActivitiesController } from './activities.controller';
import { ActivitiesService } from './activities.service';
import { EngagementReferences } from './engagement-references';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';

@Module({
  controllers: [ActivitiesController, ProjectsController],
  providers: [ActivitiesService, ProjectsService, EngagementReferences],
  exports: [ActivitiesService, ProjectsService],
})
export class EngagementModule {}
