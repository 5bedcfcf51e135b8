import { randomUUID } from 'node:crypto';
import {
  DeploymentMode,
  DeploymentStatus,
  DeploymentType,
  DesiredMode,
  FeedbackSource,
  GoalReached,
  MentorStatus,
  ProposalResponse,
  ReportStatus,
  RequestChannel,
  RequestOccasion,
  RequestStatus,
  SpecialtyLevel,
} from '@bn/shared/contracts';
import { AllianceInfo, MentorInfo, SeedContext } from './context';
import { addDays, at } from './prng';

/* Helpers that write mentors, requests, match proposals and deployments as complete records. */

export interface MentorDef {
  key: string;
  salutation: 'FRAU' | 'HERR';
  firstName: string;
  lastName: string;
  homeAllianceKey?: string;
  homeOrgKey?: string;
  homeGemeindeAgs: string;
  status: MentorStatus;
  qualifiedSince: string | null;
  cohort: string;
  radiusKm: number;
  modes: DeploymentMode[];
  capacity: number;
  specialties: readonly (readonly [string, SpecialtyLevel])[];
  topics: readonly string[];
  regions: readonly string[];
  gallery: string | null;
  /** Last active day for PAUSIERT/AUSGESCHIEDEN mentors. */
  activeUntil?: string;
  absences?: readonly (readonly [string, string, string])[];
  /** The mentor coordinates the home alliance (Wolfsburg pattern). */
  coordinatorSince?: string;
}

const LEVEL_POINTS: Readonly<Record<SpecialtyLevel, number>> = { EXPERTISE: 20, ERFAHREN: 14, GRUNDKENNTNIS: 6 };
const LEVEL_TEXT: Readonly<Record<SpecialtyLevel, string>> = { EXPERTISE: 'Expertise', ERFAHREN: 'erfahren', GRUNDKENNTNIS: 'Grundkenntnisse' };

export function addMentor(ctx: SeedContext, def: MentorDef): MentorInfo {
  const homeAlliance = def.homeAllianceKey ? ctx.alliance(def.homeAllianceKey) : null;
  const homeOrg = def.homeOrgKey ? ctx.org(def.homeOrgKey) : null;
  const since = def.qualifiedSince ?? '2025-09-01';
  const personId = ctx.addPerson({
    salutation: def.salutation,
    firstName: def.firstName,
    lastName: def.lastName,
    domain: homeOrg?.domain ?? homeAlliance?.domain ?? 'mentoring.example.org',
    dataSource: 'SELBST',
    privacyNoticeSentOn: since,
  });
  const id = randomUUID();
  const galleryPublished = def.gallery !== null && def.status !== 'AUSGESCHIEDEN';
  ctx.rows.mentors.push({
    id,
    personId,
    homeAllianceId: homeAlliance?.id ?? null,
    homeOrganisationId: homeOrg?.id ?? null,
    status: def.status,
    qualifiedSince: def.qualifiedSince,
    cohort: def.cohort,
    homeGemeindeAgs: def.homeGemeindeAgs,
    radiusKm: def.radiusKm,
    modes: def.modes,
    capacityPerQuarter: def.capacity,
    galleryText: def.gallery,
    galleryPublished,
    agreementSignedOn: def.qualifiedSince,
    agreementVersion: def.qualifiedSince ? (def.qualifiedSince < '2020-01-01' ? 'Mentoringvereinbarung 2011' : 'Mentoringvereinbarung 2020') : null,
    archivedAt: null,
  });
  for (const [fachgebietCode, level] of def.specialties) ctx.rows.mentorSpecialties.push({ mentorId: id, fachgebietCode, level });
  for (const code of def.topics) ctx.rows.mentorTopics.push({ mentorId: id, handlungsfeldId: ctx.hf(code) });
  for (const landCode of def.regions) ctx.rows.mentorRegions.push({ mentorId: id, landCode });
  for (const [fromDate, untilDate, note] of def.absences ?? []) {
    ctx.rows.mentorAbsences.push({ id: randomUUID(), mentorId: id, fromDate, untilDate, note });
  }
  ctx.addFunction(personId, 'MENTOR', { organisationId: ctx.org('servicebuero').id }, def.qualifiedSince, def.status === 'AUSGESCHIEDEN' ? (def.activeUntil ?? null) : null);
  if (homeOrg) {
    ctx.addFunction(personId, 'LEITUNG', { organisationId: homeOrg.id }, addDays(since, -2000));
    ctx.addContact(homeOrg.id, personId);
  }
  const conflicts = new Set<string>();
  if (homeAlliance) {
    conflicts.add(homeAlliance.id);
    ctx.rows.mentorConflicts.push({ mentorId: id, allianceId: homeAlliance.id, note: 'Eigenes Bündnis (Heimatbündnis der Mentorin/des Mentors)' });
    if (def.coordinatorSince) {
      const host = ctx.rows.alliances.find((r) => r.id === homeAlliance.id)?.coordinationHostId ?? null;
      ctx.addFunction(personId, 'KOORDINATION', { organisationId: (host as string | null) ?? null, allianceId: homeAlliance.id }, def.coordinatorSince);
      if (host) ctx.addContact(host as string, personId);
    }
  }
  if (def.gallery !== null) {
    ctx.rows.consents.push({
      id: randomUUID(),
      personId,
      purpose: 'GALERIE',
      grantedOn: since,
      textVersion: 'Galerie der Aktiven 2011-06',
      withdrawnOn: def.status === 'AUSGESCHIEDEN' ? (def.activeUntil ?? null) : null,
    });
  }
  const info: MentorInfo = {
    id,
    key: def.key,
    personId,
    name: `${def.firstName} ${def.lastName}`,
    status: def.status,
    homeGemeindeAgs: def.homeGemeindeAgs,
    homeAllianceId: homeAlliance?.id ?? null,
    specialties: new Map(def.specialties.map(([c, l]) => [c, l] as [string, SpecialtyLevel])),
    regions: new Set(def.regions),
    conflicts,
    qualifiedSince: def.qualifiedSince,
    activeUntil: def.activeUntil ?? null,
  };
  ctx.mentors.push(info);
  ctx.mentorByKey.set(def.key, info);
  return info;
}

export function addConflict(ctx: SeedContext, mentor: MentorInfo, alliance: AllianceInfo, note: string): void {
  if (mentor.conflicts.has(alliance.id)) return;
  mentor.conflicts.add(alliance.id);
  ctx.rows.mentorConflicts.push({ mentorId: mentor.id, allianceId: alliance.id, note });
}

/** A mentor could take a request received on that day (qualified, not yet paused or retired). */
export function isAvailable(m: MentorInfo, on: string): boolean {
  return m.qualifiedSince !== null && m.qualifiedSince <= on && (m.activeUntil === null || on <= m.activeUntil);
}

export function allianceAgs(a: AllianceInfo): string {
  return a.gemeindeAgs ?? a.towns[0]?.ags ?? '';
}

export interface Scored {
  score: number;
  explanation: { criterion: string; points: number; text: string }[];
}

/** The matching score with its German explanation, as shown to the Fachberatung. */
export function scoreMentor(ctx: SeedContext, m: MentorInfo, a: AllianceInfo, specialties: readonly string[], on: string): Scored {
  const fit = specialties.map((code) => {
    const level = m.specialties.get(code);
    return { code, level, points: level ? LEVEL_POINTS[level] : 0 };
  });
  const fitPoints = Math.min(40, Math.round((fit.reduce((s, f) => s + f.points, 0) / Math.max(1, fit.length)) * 2));
  const fitText = fit.map((f) => `${f.code}: ${f.level ? LEVEL_TEXT[f.level] : 'nicht im Profil'}`).join('; ');
  const km = ctx.distanceKm(m.homeGemeindeAgs, allianceAgs(a));
  const radius = ctx.rows.mentors.find((r) => r.id === m.id)?.radiusKm as number | null;
  const distPoints = (km <= 50 ? 20 : km <= 150 ? 15 : radius && km <= radius ? 10 : 3) + (m.regions.has(a.landCode) ? 5 : 0);
  const load = ctx.mentorLoad.get(`${m.id}:${on.slice(0, 4)}`) ?? 0;
  const absent = ctx.rows.mentorAbsences.some((x) => x.mentorId === m.id && (x.fromDate as string) <= addDays(on, 60) && (x.untilDate as string) >= on);
  const conflict = m.conflicts.has(a.id);
  const explanation = [
    { criterion: 'Fachgebiet-Fit', points: fitPoints, text: `Gewünschte Fachgebiete – ${fitText}` },
    { criterion: 'Entfernung/Land', points: distPoints, text: `ca. ${km} km Luftlinie${radius ? ` (Einsatzradius ${radius} km)` : ''}${m.regions.has(a.landCode) ? '; betreut dieses Land' : ''}` },
    { criterion: 'Auslastung', points: Math.max(0, 15 - 5 * load), text: load === 0 ? 'In diesem Jahr noch kein Einsatz' : `${load} Einsatz/Einsätze in diesem Jahr` },
    { criterion: 'Verfügbarkeit', points: absent ? 0 : 10, text: absent ? 'Abwesenheit im Wunschzeitraum eingetragen' : 'Im Wunschzeitraum verfügbar' },
    { criterion: 'Konflikt', points: conflict ? -30 : 0, text: conflict ? 'Interessenkonflikt: vertritt einen Partner dieses Bündnisses oder ist dort aktiv' : 'Kein Interessenkonflikt' },
  ];
  return { score: explanation.reduce((s, e) => s + e.points, 0), explanation };
}

export interface RequestSpec {
  alliance: AllianceInfo;
  requesterId: string | null;
  channel: RequestChannel;
  receivedOn: string;
  occasion: RequestOccasion;
  desiredMode: DesiredMode;
  desiredFrom?: string | null;
  desiredUntil?: string | null;
  description: string;
  status: RequestStatus;
  closingReason?: string | null;
  predecessorId?: string | null;
  relatedEventId?: string | null;
  specialties: readonly string[];
  topics: readonly string[];
}

export function addRequest(ctx: SeedContext, spec: RequestSpec): string {
  const id = randomUUID();
  const owner = ctx.fachberatung[ctx.rows.requests.length % Math.max(1, ctx.fachberatung.length)] ?? null;
  ctx.rows.requests.push({
    id,
    allianceId: spec.alliance.id,
    requesterId: spec.requesterId,
    channel: spec.channel,
    receivedOn: spec.receivedOn,
    occasion: spec.occasion,
    desiredMode: spec.desiredMode,
    desiredFrom: spec.desiredFrom ?? null,
    desiredUntil: spec.desiredUntil ?? null,
    description: spec.description,
    owner: owner ? `Fachberatung: ${owner}` : null,
    status: spec.status,
    closingReason: spec.closingReason ?? null,
    predecessorId: spec.predecessorId ?? null,
    relatedEventId: spec.relatedEventId ?? null,
    archivedAt: null,
  });
  for (const fachgebietCode of spec.specialties) ctx.rows.requestSpecialties.push({ requestId: id, fachgebietCode });
  for (const code of spec.topics) ctx.rows.requestTopics.push({ requestId: id, handlungsfeldId: ctx.hf(code) });
  return id;
}

export interface ProposalAnswer {
  response: ProposalResponse;
  reason?: string;
  on?: string;
}

/** Scores the candidates, ranks them by score and records each mentor's answer (default: proposed). */
export function proposeMentors(
  ctx: SeedContext,
  requestId: string,
  a: AllianceInfo,
  specialties: readonly string[],
  on: string,
  candidates: readonly MentorInfo[],
  answers: Readonly<Record<string, ProposalAnswer>> | readonly (ProposalAnswer | undefined)[] = {},
): MentorInfo[] {
  const scored = candidates.map((m) => ({ m, s: scoreMentor(ctx, m, a, specialties, on) })).sort((x, y) => y.s.score - x.s.score);
  scored.forEach(({ m, s }, index) => {
    // Answers are given per mentor key, or per rank (index 0 = rank 1).
    const answer = Array.isArray(answers) ? (answers as readonly (ProposalAnswer | undefined)[])[index] : (answers as Readonly<Record<string, ProposalAnswer>>)[m.key];
    ctx.rows.proposals.push({
      id: randomUUID(),
      requestId,
      mentorId: m.id,
      rank: index + 1,
      score: s.score,
      explanation: s.explanation,
      proposedBy: 'Matching-Vorschlag, bestätigt durch die Fachberatung (Seed)',
      response: answer?.response ?? 'VORGESCHLAGEN',
      responseReason: answer?.reason ?? null,
      respondedAt: answer?.on ? at(answer.on, 9, 30) : null,
    });
  });
  return scored.map(({ m }) => m);
}

export interface SessionSpec {
  on: string;
  start?: string;
  end?: string;
  mode?: DeploymentMode;
  topic: string;
  place?: string | null;
  gemeindeAgs?: string | null;
  hours: number;
  prepHours: number;
  participants?: number | null;
}

export interface ReportSpec {
  revision?: number;
  summary: string;
  results: string | null;
  nextSteps: string | null;
  recommendation: string | null;
  status: ReportStatus;
  submittedOn: string | null;
  reviewedOn?: string | null;
  reviewComment?: string | null;
}

export interface FeedbackSpec {
  source: FeedbackSource;
  satisfaction: number;
  usefulness: number;
  goalReached: GoalReached | null;
  wouldRecommend: boolean | null;
  comment: string | null;
  receivedOn: string;
  anonymousToMentor?: boolean;
}

export interface DeploymentSpec {
  requestId: string | null;
  alliance: AllianceInfo;
  type: DeploymentType;
  mode: DeploymentMode;
  status: DeploymentStatus;
  eventId?: string | null;
  followUpNeeded?: boolean;
  followUpNote?: string | null;
  closingReason?: string | null;
  mentors: readonly { mentor: MentorInfo; isLead: boolean }[];
  specialties: readonly string[];
  sessions: readonly SessionSpec[];
  reports?: readonly ReportSpec[];
  feedback?: readonly FeedbackSpec[];
}

export function addDeployment(ctx: SeedContext, spec: DeploymentSpec): string {
  const id = randomUUID();
  ctx.rows.deployments.push({
    id,
    requestId: spec.requestId,
    allianceId: spec.alliance.id,
    deploymentType: spec.type,
    mode: spec.mode,
    status: spec.status,
    eventId: spec.eventId ?? null,
    followUpNeeded: spec.followUpNeeded ?? false,
    followUpNote: spec.followUpNote ?? null,
    closingReason: spec.closingReason ?? null,
    archivedAt: null,
  });
  const lead = spec.mentors.find((m) => m.isLead)?.mentor ?? spec.mentors[0]?.mentor;
  for (const { mentor, isLead } of spec.mentors) {
    ctx.rows.deploymentMentors.push({ deploymentId: id, mentorId: mentor.id, isLead });
    const year = spec.sessions[0]?.on.slice(0, 4) ?? '0000';
    const key = `${mentor.id}:${year}`;
    ctx.mentorLoad.set(key, (ctx.mentorLoad.get(key) ?? 0) + 1);
  }
  for (const fachgebietCode of spec.specialties) ctx.rows.deploymentSpecialties.push({ deploymentId: id, fachgebietCode });
  for (const s of spec.sessions) {
    const mode = s.mode ?? spec.mode;
    const ags = s.gemeindeAgs === undefined ? allianceAgs(spec.alliance) : s.gemeindeAgs;
    const onSite = mode === 'VOR_ORT' || mode === 'HYBRID';
    const km = onSite && lead && ags ? Math.round(ctx.distanceKm(lead.homeGemeindeAgs, ags) * 1.25 * 2) : 0;
    ctx.rows.deploymentSessions.push({
      id: randomUUID(),
      deploymentId: id,
      heldOn: s.on,
      startTime: s.start ?? null,
      endTime: s.end ?? null,
      mode,
      gemeindeAgs: onSite ? ags || null : null,
      place: onSite ? (s.place ?? null) : mode === 'ONLINE' ? 'Videokonferenz' : null,
      topic: s.topic,
      hours: s.hours,
      prepHours: s.prepHours,
      travelKm: km,
      travelHours: Math.round((km / 70) * 2) / 2,
      participantsCount: s.participants ?? null,
    });
  }
  const reviewer = ctx.fachberatung[0] ? `Fachberatung: ${ctx.fachberatung[0]}` : 'Fachberatung';
  (spec.reports ?? []).forEach((r, index) => {
    ctx.rows.deploymentReports.push({
      id: randomUUID(),
      deploymentId: id,
      revision: r.revision ?? index + 1,
      summary: r.summary,
      results: r.results,
      nextSteps: r.nextSteps,
      recommendation: r.recommendation,
      reviewStatus: r.status,
      submittedAt: r.submittedOn ? at(r.submittedOn, 18) : null,
      submittedBy: r.submittedOn && lead ? lead.name : null,
      reviewedAt: r.reviewedOn ? at(r.reviewedOn, 11) : null,
      reviewedBy: r.reviewedOn ? reviewer : null,
      reviewComment: r.reviewComment ?? null,
    });
  });
  for (const f of spec.feedback ?? []) {
    ctx.rows.deploymentFeedback.push({
      id: randomUUID(),
      deploymentId: id,
      source: f.source,
      satisfaction: f.satisfaction,
      usefulness: f.usefulness,
      goalReached: f.goalReached,
      wouldRecommend: f.wouldRecommend,
      comment: f.comment,
      anonymousToMentor: f.anonymousToMentor ?? false,
      receivedOn: f.receivedOn,
    });
  }
  return id;
}

/** The best-scoring mentors available on that day (what the matching would propose). */
export function topCandidates(ctx: SeedContext, a: AllianceInfo, specialties: readonly string[], on: string, count = 3): MentorInfo[] {
  // Mentors with a conflict of interest are left out here (the matching shows them only with a warning).
  return ctx.mentors
    .filter((m) => isAvailable(m, on) && !m.conflicts.has(a.id))
    .map((m) => ({ m, score: scoreMentor(ctx, m, a, specialties, on).score }))
    .sort((x, y) => y.score - x.score)
    .slice(0, count)
    .map(({ m }) => m);
}
