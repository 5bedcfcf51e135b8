import { randomUUID } from 'node:crypto';
import {
  Attendance,
  DeclarationKind,
  EventFormat,
  EventOrganiser,
  EventType,
  FundingSource,
  SignatureOccasion,
} from '@bn/shared/contracts';
import { AllianceInfo, SeedContext } from './context';

/* Helpers for events (with participants and speakers), declarations/signatures and projects. */

export interface EventSpec {
  type: EventType;
  organiser: EventOrganiser;
  alliance?: AllianceInfo | null;
  title: string;
  startsOn: string;
  startTime?: string | null;
  endTime?: string | null;
  format?: EventFormat;
  venue?: string | null;
  gemeindeAgs?: string | null;
  participantsCount?: number | null;
  description?: string | null;
  followUpReport?: string | null;
  isPublic?: boolean;
}

export function addEvent(ctx: SeedContext, spec: EventSpec): string {
  const id = randomUUID();
  ctx.rows.events.push({
    id,
    eventType: spec.type,
    organiser: spec.organiser,
    allianceId: spec.alliance?.id ?? null,
    title: spec.title,
    startsOn: spec.startsOn,
    startTime: spec.startTime ?? null,
    endTime: spec.endTime ?? null,
    format: spec.format ?? 'PRAESENZ',
    venue: spec.venue ?? null,
    gemeindeAgs: spec.gemeindeAgs ?? null,
    participantsCount: spec.participantsCount ?? null,
    description: spec.description ?? null,
    followUpReport: spec.followUpReport ?? null,
    isPublic: spec.isPublic ?? true,
    archivedAt: null,
  });
  return id;
}

export function addParticipant(
  ctx: SeedContext,
  eventId: string,
  who: { organisationId?: string | null; personId?: string | null },
  attendance: Attendance = 'TEILGENOMMEN',
): void {
  ctx.rows.eventParticipants.push({
    id: randomUUID(),
    eventId,
    organisationId: who.organisationId ?? null,
    personId: who.personId ?? null,
    attendance,
  });
}

export function addSpeaker(ctx: SeedContext, eventId: string, who: { organisationId?: string | null; personId?: string | null }, topic: string): void {
  ctx.rows.eventSpeakers.push({ id: randomUUID(), eventId, organisationId: who.organisationId ?? null, personId: who.personId ?? null, topic });
}

export function addDeclaration(
  ctx: SeedContext,
  d: { alliance: AllianceInfo; kind: DeclarationKind; title: string; textVersion: string | null; adoptedOn: string | null; eventId?: string | null },
): string {
  const id = randomUUID();
  ctx.rows.declarations.push({
    id,
    allianceId: d.alliance.id,
    kind: d.kind,
    title: d.title,
    textVersion: d.textVersion,
    adoptedOn: d.adoptedOn,
    eventId: d.eventId ?? null,
    archivedAt: null,
  });
  return id;
}

/** Signature; the signing person is filled in later from the organisation's contacts (fillSignatories). */
export function addSignature(
  ctx: SeedContext,
  declarationId: string,
  s: { organisationId: string; signedOn: string; occasion: SignatureOccasion; eventId?: string | null; signatoryId?: string | null },
): void {
  if (ctx.rows.signatures.some((x) => x.declarationId === declarationId && x.organisationId === s.organisationId)) return;
  ctx.rows.signatures.push({
    id: randomUUID(),
    declarationId,
    organisationId: s.organisationId,
    signatoryId: s.signatoryId,
    signedOn: s.signedOn,
    occasion: s.occasion,
    eventId: s.eventId ?? null,
  });
}

/** Sets the signing person of signatures without one: usually the organisation's first contact. */
export function fillSignatories(ctx: SeedContext): void {
  for (const s of ctx.rows.signatures) {
    if (s.signatoryId !== undefined) continue;
    const contact = ctx.contactsOf.get(s.organisationId as string)?.[0];
    s.signatoryId = contact && ctx.rng.chance(0.75) ? contact : null;
  }
}

export interface ProjectSpec {
  alliance: AllianceInfo;
  name: string;
  description: string | null;
  startsOn: string | null;
  endsOn: string | null;
  isOngoing: boolean;
  fundingSources: FundingSource[];
  outputNote?: string | null;
  handlungsfelder: readonly string[];
  zielgruppen: readonly string[];
  partnerIds: readonly string[];
}

export function addProject(ctx: SeedContext, p: ProjectSpec): string {
  const id = randomUUID();
  ctx.rows.projects.push({
    id,
    allianceId: p.alliance.id,
    name: p.name,
    description: p.description,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    isOngoing: p.isOngoing,
    fundingSources: p.fundingSources,
    outputNote: p.outputNote ?? null,
    archivedAt: null,
  });
  for (const code of new Set(p.handlungsfelder)) ctx.rows.projectHandlungsfelder.push({ projectId: id, handlungsfeldId: ctx.hf(code) });
  for (const zielgruppeCode of new Set(p.zielgruppen)) ctx.rows.projectZielgruppen.push({ projectId: id, zielgruppeCode });
  for (const organisationId of new Set(p.partnerIds)) ctx.rows.projectPartners.push({ projectId: id, organisationId });
  return id;
}

/** The first coordinator (person id) of an alliance, e.g. as requester of a mentoring request. */
export function coordinatorOf(ctx: SeedContext, alliance: AllianceInfo): string | null {
  const f = ctx.rows.personFunctions.find((x) => x.allianceId === alliance.id && (x.functionType === 'KOORDINATION' || x.functionType === 'SPRECHER'));
  return (f?.personId as string | undefined) ?? null;
}
