import { ArrayMinSize } from 'class-validator';
import { IntField, TextField, UuidArrayField, VersionField } from '../common/validation';
import { MATCH_WEIGHT_MAX, MATCH_WEIGHT_MIN, MatchCriterion, MatchWeights } from './matching-constants';

/**
 * The matcher: hard constraints, a weighted score over six criteria and a German explanation per
 * criterion (issue 5 "Matching", crm-anchors §4 "Synthesis").
 */

/** The weights setting as read: `version` is sent back with a change (409 when someone else changed it). */
export class MatchingSettingsDto {
  weights!: MatchWeights;
  /** 1 while the defaults apply (nothing stored yet). */
  version!: number;
  /** True while nothing is stored and the defaults apply. */
  isDefault!: boolean;
  updatedAt!: string | null;
}

/** Replace the weights (all six; at least one greater than 0). */
export class UpdateMatchWeightsDto implements MatchWeights {
  @IntField(MATCH_WEIGHT_MIN, MATCH_WEIGHT_MAX)
  specialty!: number;

  @IntField(MATCH_WEIGHT_MIN, MATCH_WEIGHT_MAX)
  topic!: number;

  @IntField(MATCH_WEIGHT_MIN, MATCH_WEIGHT_MAX)
  distance!: number;

  @IntField(MATCH_WEIGHT_MIN, MATCH_WEIGHT_MAX)
  load!: number;

  @IntField(MATCH_WEIGHT_MIN, MATCH_WEIGHT_MAX)
  continuity!: number;

  @IntField(MATCH_WEIGHT_MIN, MATCH_WEIGHT_MAX)
  feedback!: number;

  @VersionField()
  version!: number;
}

/** One criterion of a suggestion: points out of maxPoints (= the criterion's weight) and a German sentence. */
export class MatchCriterionDto {
  key!: MatchCriterion;
  /** German label, e.g. "Fachgebiete". */
  criterion!: string;
  points!: number;
  maxPoints!: number;
  /** E.g. "Fachgebiet Bündnisgründung: Expertise", "82 km entfernt". */
  text!: string;
}

/** A mentor who passes every hard constraint, ranked. */
export class MatchSuggestionDto {
  rank!: number;
  mentorId!: string;
  mentorName!: string;
  score!: number;
  criteria!: MatchCriterionDto[];
  /** Warnings that do not exclude (conflict of interest, partial absence). */
  warnings!: string[];
  distanceKm!: number | null;
  loadInQuarter!: number;
  capacityPerQuarter!: number;
}

/** A mentor left out by a hard constraint, with the reasons; the score is shown for an override. */
export class ExcludedMentorDto {
  mentorId!: string;
  mentorName!: string;
  reasons!: string[];
  warnings!: string[];
  score!: number;
  criteria!: MatchCriterionDto[];
}

export class MatchSuggestionsDto {
  requestId!: string;
  /** The window the availability was checked against (ISO dates). */
  window!: { from: string; until: string };
  /** The quarter whose capacity counts, e.g. "2026-Q4". */
  quarter!: string;
  suggestions!: MatchSuggestionDto[];
  excluded!: ExcludedMentorDto[];
  weights!: MatchWeights;
}

/**
 * Store suggestions as Matching-Vorschläge: the best `count` (default 3) not yet proposed, or the
 * chosen `mentorIds` in this order. Choosing an excluded mentor needs `overrideReason`.
 */
export class CreateProposalsFromSuggestionsDto {
  @IntField(1, 10, { optional: true })
  count?: number;

  @UuidArrayField(10, { optional: true })
  @ArrayMinSize(1, { message: 'Mindestens ein Eintrag.' })
  mentorIds?: string[];

  @TextField(1000, { optional: true })
  overrideReason?: string | null;
}
