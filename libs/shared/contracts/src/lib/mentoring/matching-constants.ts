// Plain constants only: this file holds no decorated class, so a client that imports a constant does
// not pull the DTO classes (whose class-transformer decorators need reflect-metadata) into its bundle.

/** The matcher's criteria (issue 5 "Matching"; crm-anchors §4 "Synthesis": soft score). */
export const MATCH_CRITERIA = ['specialty', 'topic', 'distance', 'load', 'continuity', 'feedback'] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

export const MATCH_CRITERION_LABELS: Readonly<Record<MatchCriterion, string>> = {
  specialty: 'Fachgebiete',
  topic: 'Handlungsfelder',
  distance: 'Entfernung',
  load: 'Auslastung',
  continuity: 'Kontinuität',
  feedback: 'Rückmeldungen',
};

/** Weights of the criteria: integers 0–100; the maximum score is their sum. */
export type MatchWeights = Record<MatchCriterion, number>;

export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = { specialty: 40, topic: 20, distance: 15, load: 10, continuity: 10, feedback: 5 };

/** Limits of one weight. */
export const MATCH_WEIGHT_MIN = 0;
export const MATCH_WEIGHT_MAX = 100;
