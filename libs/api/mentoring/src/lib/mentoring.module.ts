import { Module } from '@nestjs/common';
import { AlliancesModule } from '@bn/api/alliances';
import { MentoringRequestsController } from './requests/requests.controller';
import { MentoringRequestQueries } from './requests/request-queries';
import { MentoringRequestsService } from './requests/requests.service';
import { MentoringRequestOffersQuery } from './requests/request-offers.query';
import { MentoringAccess } from './shared/mentoring-access';
import { MatchProposalsController } from './proposals/proposals.controller';
import { MatchProposalsService } from './proposals/proposals.service';
import { DeploymentsController } from './deployments/deployments.controller';
import { DeploymentDetailQuery } from './deployments/deployment-detail.query';
import { DeploymentListQuery } from './deployments/deployment-list.query';
import { DeploymentsService } from './deployments/deployments.service';
import { DeploymentSessionsController } from './sessions/sessions.controller';
import { DeploymentSessionsService } from './sessions/sessions.service';
import { DeploymentReportsController } from './reports/reports.controller';
import { DeploymentReportsService } from './reports/reports.service';
import { DeploymentFeedbackController } from './feedback/feedback.controller';
import { DeploymentFeedbackService } from './feedback/feedback.service';
import { MatchingModule } from './matching/matching.module';
import { WORKFLOW_CONTROLLERS, WORKFLOW_PROVIDERS } from './workflow.providers';
import { RequestWorkflow } from './transitions/request-workflow.service';
import { DeploymentWorkflow } from './transitions/deployment-workflow.service';

/**
 * Mentoring records: Anfragen with Matching-Vorschlägen, Einsätze with Terminen, Bericht and
 * Rückmeldungen. One small service per resource, so the request and deployment workflows
 * (state machines, matcher, offers) can be added on top. Every read and write is restricted to the
 * caller's scope (shared/mentoring-scope.ts) in SQL.
 */
@Module({
  imports: [MatchingModule, AlliancesModule],
  controllers: [
    MentoringRequestsController,
    MatchProposalsController,
    DeploymentsController,
    DeploymentSessionsController,
    DeploymentReportsController,
    DeploymentFeedbackController,
    ...WORKFLOW_CONTROLLERS,
  ],
  providers: [
    MentoringAccess,
    MentoringRequestQueries,
    MentoringRequestOffersQuery,
    MentoringRequestsService,
    MatchProposalsService,
    DeploymentListQuery,
    DeploymentDetailQuery,
    DeploymentsService,
    DeploymentSessionsService,
    DeploymentReportsService,
    DeploymentFeedbackService,
    ...WORKFLOW_PROVIDERS,
  ],
  exports: [MentoringRequestsService, MatchProposalsService, DeploymentsService, DeploymentReportsService, RequestWorkflow, DeploymentWorkflow],
})
export class MentoringModule {}
