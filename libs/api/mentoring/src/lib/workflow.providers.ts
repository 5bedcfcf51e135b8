import { DeploymentTransitionsController, RequestTransitionsController } from './transitions/transitions.controller';
import { RequestWorkflow } from './transitions/request-workflow.service';
import { DeploymentWorkflow } from './transitions/deployment-workflow.service';
import { TransitionLog } from './transitions/transition-log';
import { OfferAnswersController, RequestOffersController } from './offers/offers.controller';
import { OffersService } from './offers/offers.service';
import { MentoringOverdueController } from './overdue/overdue.controller';
import { MentoringOverdueQuery } from './overdue/overdue.query';
import { MentorFeedbackSummaryController } from './feedback/feedback-summary.controller';
import { MentorFeedbackSummaryQuery } from './feedback/feedback-summary.query';

/** The request and deployment workflow (state machines, transition log, offers, overdue items, feedback summary). */
export const WORKFLOW_CONTROLLERS = [
  RequestTransitionsController,
  DeploymentTransitionsController,
  RequestOffersController,
  OfferAnswersController,
  MentoringOverdueController,
  MentorFeedbackSummaryController,
];

export const WORKFLOW_PROVIDERS = [TransitionLog, RequestWorkflow, DeploymentWorkflow, OffersService, MentoringOverdueQuery, MentorFeedbackSummaryQuery];
