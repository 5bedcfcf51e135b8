import {
  DeploymentMode,
  DesiredMode,
  ExcludedMentorDto,
  MATCH_CRITERIA,
  MATCH_CRITERION_LABELS,
  MatchCriterion,
  MatchCriterionDto,
  MatchSuggestionDto,
  MatchWeights,
  MENTOR_STATUS_LABELS,
  MentorStatus,
  SPECIALTY_LEVEL_LABELS,
  SpecialtyLevel,
} from '@bn/shared/contracts';
import { GeoPoint, haversineKm } from './geo';
import { formatDeploymentCount, formatInteger, formatOneDecimal, formatPeriod } from './match-texts';

/*
 * The matcher (issue 5 "Matching"; crm-anchors §4 "Synthesis"; domain-research §2.2 Mentorprofil,
 * Anfrage, Matching-Vorschlag). Pure: no Nest, no database. Input is the request and every candidate
 * with the facts the query service loaded; output is the ranked suggestions with a German sentence
 * per criterion, and the excluded mentors with their reasons.
 *
 * Hard constraints (each failing one is a reason; all are listed):
 *  - status AKTIV;
 *  - offers the wanted mode (EGAL: any mode);
 *  - on-site work (VOR_ORT, HYBRID): serves the alliance's Land OR the alliance lies within the
 *    mentor's radius (haversine between the Gemeinden's coordinates);
 *  - capacity left in the quarter (load < capacity per quarter);
 *  - not absent in the wanted window: excluded when absences cover the whole window; a partial
 *    overlap is a warning (a two-week holiday does not rule out a five-month Gründungsbegleitung).
 * A conflict of interest (the mentor represents a partner organisation of the alliance, or a
 * recorded conflict with it, domain-research §2.4 "Conflict rule") is a warning, not an exclusion.
 */

export interface MatchRequestInput {
  allianceId: string;
  mode: DesiredMode;
  /** The alliance's Land (Länderschlüssel). */
  landCode: string;
  /** The alliance's Gemeinde (or Kreis) coordinates; null when unknown. */
  location: GeoPoint | null;
  /** ISO dates, until >= from. */
  window: { from: string; until: string };
  specialties: readonly { code: string; name: string }[];
  topics: readonly { id: string; name: string }[];
}

export interface MentorCandidate {
  id: string;
  name: string;
  status: MentorStatus;
  modes: readonly DeploymentMode[];
  /** Länder the mentor serves. */
  landCodes: readonly string[];
  home: GeoPoint | null;
  radiusKm: number | null;
  capacityPerQuarter: number;
  loadInQuarter: number;
  absences: readonly { from: string; until: string }[];
  specialties: readonly { code: string; level: SpecialtyLevel }[];
  topicIds: readonly string[];
  /** Earlier deployments of the mentor with this alliance. */
  deploymentsWithAlliance: number;
  /** Coordinators' feedback on the mentor's deployments: mean of satisfaction and usefulness (1–5). */
  feedback: { average: number; count: number } | null;
  /** Partner organisations of this alliance that the mentor represents. */
  representedPartners: readonly string[];
  /** Conflicts recorded for this alliance (mentor_conflict notes; null note = no text). */
  recordedConflicts: readonly (string | null)[];
}

export interface MatchResult {
  suggestions: MatchSuggestionDto[];
  excluded: ExcludedMentorDto[];
}

const ON_SITE_MODES: ReadonlySet<DesiredMode> = new Set(['VOR_ORT', 'HYBRID']);
/** Modes in which the distance counts for the score (EGAL may end up on site). */
const DISTANCE_MODES: ReadonlySet<DesiredMode> = new Set(['VOR_ORT', 'HYBRID', 'EGAL']);

/** Share of the specialty points per level. */
export const LEVEL_FACTORS: Readonly<Record<SpecialtyLevel, number>> = { EXPERTISE: 1, ERFAHREN: 0.7, GRUNDKENNTNIS: 0.4 };
/** Distance at which the distance criterion reaches 0 points (linear from full points at 0 km). */
export const DISTANCE_SCALE_KM = 300;
/** Share of the feedback points for a mentor without feedback yet (neutral). */
export const NO_FEEDBACK_FACTOR = 0.5;

/** Modes as they read inside a sentence ("bietet Format vor Ort nicht an"). */
const MODE_IN_SENTENCE: Readonly<Record<DeploymentMode, string>> = {
  VOR_ORT: 'vor Ort',
  TELEFONISCH: 'telefonisch',
  ONLINE: 'online',
  HYBRID: 'hybrid',
  SCHRIFTLICH: 'schriftlich',
};

const round2 = (value: number): number => Math.round(value * 100) / 100;

interface Evaluated {
  candidate: MentorCandidate;
  distanceKm: number | null;
  reasons: string[];
  warnings: string[];
  criteria: MatchCriterionDto[];
  score: number;
}

export function matchMentors(request: MatchRequestInput, candidates: readonly MentorCandidate[], weights: MatchWeights): MatchResult {
  const evaluated = candidates.map((candidate) => evaluate(request, candidate, weights));
  const ranked = evaluated.filter((e) => e.reasons.length === 0).sort(compareRanked);
  const excluded = evaluated.filter((e) => e.reasons.length > 0).sort(compareByName);
  return {
    suggestions: ranked.map((e, index) => ({
      rank: index + 1,
      mentorId: e.candidate.id,
      mentorName: e.candidate.name,
      score: e.score,
      criteria: e.criteria,
      warnings: e.warnings,
      distanceKm: e.distanceKm,
      loadInQuarter: e.candidate.loadInQuarter,
      capacityPerQuarter: e.candidate.capacityPerQuarter,
    })),
    excluded: excluded.map((e) => ({
      mentorId: e.candidate.id,
      mentorName: e.candidate.name,
      reasons: e.reasons,
      warnings: e.warnings,
      score: e.score,
      criteria: e.criteria,
    })),
  };
}

/** Higher score first; ties: lower load, shorter distance (unknown last), name, id. */
function compareRanked(a: Evaluated, b: Evaluated): number {
  return (
    b.score - a.score ||
    a.candidate.loadInQuarter - b.candidate.loadInQuarter ||
    (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY) ||
    compareByName(a, b)
  );
}

function compareByName(a: Evaluated, b: Evaluated): number {
  return a.candidate.name.localeCompare(b.candidate.name, 'de') || (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0);
}

function evaluate(request: MatchRequestInput, candidate: MentorCandidate, weights: MatchWeights): Evaluated {
  const distanceKm = request.location && candidate.home ? Math.round(haversineKm(request.location, candidate.home)) : null;
  const reasons: string[] = [];
  const warnings: string[] = [];

  if (candidate.status !== 'AKTIV') reasons.push(`nicht aktiv (${MENTOR_STATUS_LABELS[candidate.status]})`);
  const modeReason = modeConstraint(request.mode, candidate.modes);
  if (modeReason) reasons.push(modeReason);
  if (ON_SITE_MODES.has(request.mode)) {
    const regionReason = regionConstraint(request, candidate, distanceKm);
    if (regionReason) reasons.push(regionReason);
  }
  if (candidate.loadInQuarter >= candidate.capacityPerQuarter) {
    reasons.push(`Kapazität im Quartal erschöpft (${candidate.loadInQuarter} von ${candidate.capacityPerQuarter})`);
  }
  const absence = absenceCheck(request.window, candidate.absences);
  if (absence?.isFullyAbsent) reasons.push(`abwesend ${absence.periods}`);
  else if (absence) warnings.push(`Teilweise abwesend im Wunschzeitraum: ${absence.periods}`);
  warnings.push(...conflictWarnings(candidate));

  const fractions: Record<MatchCriterion, { fraction: number; text: string }> = {
    specialty: specialtyFit(request, candidate),
    topic: topicFit(request, candidate),
    distance: distanceFit(request.mode, distanceKm),
    load: loadFit(candidate),
    continuity: continuityFit(candidate),
    feedback: feedbackFit(candidate),
  };
  const criteria = MATCH_CRITERIA.map((key) => ({
    key,
    criterion: MATCH_CRITERION_LABELS[key],
    points: round2(fractions[key].fraction * weights[key]),
    maxPoints: weights[key],
    text: fractions[key].text,
  }));
  const score = round2(criteria.reduce((sum, c) => sum + c.points, 0));
  return { candidate, distanceKm, reasons, warnings, criteria, score };
}

function modeConstraint(mode: DesiredMode, offered: readonly DeploymentMode[]): string | null {
  if (mode === 'EGAL') return offered.length === 0 ? 'bietet kein Format an' : null;
  return offered.includes(mode) ? null : `bietet Format ${MODE_IN_SENTENCE[mode]} nicht an`;
}

/** On site: serves the Land, or the alliance lies within the radius. */
function regionConstraint(request: MatchRequestInput, candidate: MentorCandidate, distanceKm: number | null): string | null {
  if (candidate.landCodes.includes(request.landCode)) return null;
  if (distanceKm !== null && candidate.radiusKm !== null && distanceKm <= candidate.radiusKm) return null;
  const distance = distanceKm === null ? 'Entfernung unbekannt' : `${formatInteger(distanceKm)} km`;
  const radius = candidate.radiusKm === null ? 'kein Radius angegeben' : `Radius ${formatInteger(candidate.radiusKm)} km`;
  return `außerhalb des Einsatzgebiets: ${distance}, ${radius}`;
}

/** The absences that overlap the window, and whether together they cover all of it. */
function absenceCheck(
  window: { from: string; until: string },
  absences: readonly { from: string; until: string }[],
): { isFullyAbsent: boolean; periods: string } | null {
  const overlapping = absences.filter((a) => a.from <= window.until && a.until >= window.from).sort((a, b) => a.from.localeCompare(b.from));
  if (overlapping.length === 0) return null;
  let firstFreeDay = window.from;
  for (const absence of overlapping) {
    if (absence.from > firstFreeDay) break;
    if (absence.until >= firstFreeDay) firstFreeDay = nextDay(absence.until);
  }
  return {
    isFullyAbsent: firstFreeDay > window.until,
    periods: overlapping.map((a) => formatPeriod(a.from, a.until)).join(' und '),
  };
}

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function conflictWarnings(candidate: MentorCandidate): string[] {
  const warnings: string[] = [];
  if (candidate.representedPartners.length > 0) {
    warnings.push(`Interessenkonflikt: vertritt eine Partnerorganisation dieses Bündnisses (${candidate.representedPartners.join(', ')})`);
  }
  for (const note of candidate.recordedConflicts) {
    warnings.push(note ? `Interessenkonflikt: ${note}` : 'Interessenkonflikt mit diesem Bündnis eingetragen');
  }
  return warnings;
}

function specialtyFit(request: MatchRequestInput, candidate: MentorCandidate): { fraction: number; text: string } {
  if (request.specialties.length === 0) return { fraction: 0, text: 'Die Anfrage nennt kein Fachgebiet' };
  const levels = new Map(candidate.specialties.map((s) => [s.code, s.level]));
  let sum = 0;
  const parts = request.specialties.map((wanted) => {
    const level = levels.get(wanted.code);
    sum += level ? LEVEL_FACTORS[level] : 0;
    return `Fachgebiet ${wanted.name}: ${level ? SPECIALTY_LEVEL_LABELS[level] : 'nicht im Profil'}`;
  });
  return { fraction: sum / request.specialties.length, text: parts.join('; ') };
}

function topicFit(request: MatchRequestInput, candidate: MentorCandidate): { fraction: number; text: string } {
  if (request.topics.length === 0) return { fraction: 0, text: 'Die Anfrage nennt kein Handlungsfeld' };
  const own = new Set(candidate.topicIds);
  const covered = request.topics.filter((t) => own.has(t.id));
  const total = request.topics.length;
  const text =
    covered.length === 0
      ? `Handlungsfelder: keines der ${total === 1 ? 'gewünschten' : `${total} gewünschten`} abgedeckt`
      : `Handlungsfelder: ${covered.length} von ${total} abgedeckt (${covered.map((t) => t.name).join(', ')})`;
  return { fraction: covered.length / total, text };
}

function distanceFit(mode: DesiredMode, distanceKm: number | null): { fraction: number; text: string } {
  if (!DISTANCE_MODES.has(mode)) {
    const suffix = distanceKm === null ? '' : ` (${formatInteger(distanceKm)} km entfernt)`;
    return { fraction: 0, text: `Format ${MODE_IN_SENTENCE[mode as DeploymentMode]}: Entfernung nicht gewertet${suffix}` };
  }
  if (distanceKm === null) return { fraction: 0, text: 'Entfernung unbekannt (Ort fehlt)' };
  return { fraction: Math.max(0, 1 - distanceKm / DISTANCE_SCALE_KM), text: `${formatInteger(distanceKm)} km entfernt` };
}

function loadFit(candidate: MentorCandidate): { fraction: number; text: string } {
  const { loadInQuarter: load, capacityPerQuarter: capacity } = candidate;
  const fraction = capacity > 0 ? Math.max(0, 1 - load / capacity) : 0;
  return { fraction, text: `${load} von ${capacity} ${capacity === 1 ? 'Einsatz' : 'Einsätzen'} im Quartal belegt` };
}

function continuityFit(candidate: MentorCandidate): { fraction: number; text: string } {
  const count = candidate.deploymentsWithAlliance;
  if (count === 0) return { fraction: 0, text: 'Bisher kein Einsatz mit diesem Bündnis' };
  return { fraction: 1, text: `Hat bereits mit diesem Bündnis gearbeitet (${formatDeploymentCount(count)})` };
}

function feedbackFit(candidate: MentorCandidate): { fraction: number; text: string } {
  const feedback = candidate.feedback;
  if (!feedback || feedback.count === 0) return { fraction: NO_FEEDBACK_FACTOR, text: 'Noch keine Rückmeldungen (neutral gewertet)' };
  const average = Math.round(feedback.average * 10) / 10;
  return {
    fraction: Math.min(1, Math.max(0, (feedback.average - 1) / 4)),
    text: `Rückmeldungen: Ø ${formatOneDecimal(average)} von 5 (n = ${formatInteger(feedback.count)})`,
  };
}
