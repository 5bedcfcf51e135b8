import { FEEDBACK_SOURCES, FeedbackSource, GOAL_REACHED_VALUES, GoalReached } from '../enums';
import { BooleanField, DateField, EnumField, IntField, TextField } from '../common/validation';

/** Rückmeldung on a deployment (from the alliance's coordination or the mentor's self-assessment). */
export class CreateDeploymentFeedbackDto {
  @EnumField(FEEDBACK_SOURCES)
  source!: FeedbackSource;

  /** 1 (very unsatisfied) … 5 (very satisfied). */
  @IntField(1, 5)
  satisfaction!: number;

  /** 1 (not useful) … 5 (very useful). */
  @IntField(1, 5)
  usefulness!: number;

  @EnumField(GOAL_REACHED_VALUES, { optional: true })
  goalReached?: GoalReached | null;

  @BooleanField({ optional: true })
  wouldRecommend?: boolean | null;

  /** Free text; no sensitive personal data belongs here. */
  @TextField(4000, { optional: true })
  comment?: string | null;

  /** The mentor sees this feedback only without the author. */
  @BooleanField({ optional: true })
  anonymousToMentor?: boolean;

  /** Not in the future. */
  @DateField()
  receivedOn!: string;
}

export class DeploymentFeedbackDto {
  id!: string;
  deploymentId!: string;
  source!: FeedbackSource;
  satisfaction!: number;
  usefulness!: number;
  goalReached!: GoalReached | null;
  wouldRecommend!: boolean | null;
  comment!: string | null;
  anonymousToMentor!: boolean;
  receivedOn!: string;
  createdAt!: string;
}
