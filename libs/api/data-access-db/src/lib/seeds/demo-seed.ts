import { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import {
  Activity,
  ActivityHandlungsfeld,
  ActivityPartner,
  Alliance,
  AllianceBody,
  AllianceHandlungsfeld,
  AllianceStatusChange,
  AllianceZielgruppe,
  Consent,
  Declaration,
  Deployment,
  DeploymentFeedback,
  DeploymentMentor,
  DeploymentReport,
  DeploymentSession,
  DeploymentSpecialty,
  Event,
  EventParticipant,
  EventSpeaker,
  MatchProposal,
  MentorAbsence,
  MentorConflict,
  MentoringRequest,
  MentorProfile,
  MentorRegion,
  MentorSpecialty,
  MentorTopic,
  Organisation,
  Partnership,
  Person,
  PersonFunction,
  Project,
  ProjectHandlungsfeld,
  ProjectPartner,
  ProjectZielgruppe,
  RequestSpecialty,
  RequestTopic,
  Signature,
} from '../entities';
import { ReferenceData, Row, SeedContext, SeedRows, insertChunked } from './context';
import { Random } from './prng';
import { buildAlliances } from './build-alliances';
import { addContacts, addRealOrganisations, addRealPartnerships, buildBaseNetwork, fillPartnerships } from './network';
import { addStaffAndMentors } from './mentors';
import { storyMittelhessenSendenhorst, storyMuettercafe, storyNoertenHardenberg, storyWolfsburg } from './stories';
import { storyBoerde } from './stories-boerde';
import { storyFederalEvents } from './stories-federal';
import { storyMentoringCases } from './stories-mentoring';
import { addConsents, addPendingArt14Contacts, buildDeclarations } from './declarations';
import { fillSignatories } from './events';
import { buildEngagement } from './engagement';
import { buildSyntheticMentoring } from './synthetic-mentoring';

/**
 * Demo data for "Bündnisnetz" (PRODUCT.md, "Demo and seed data"): about 60 alliances in all 16
 * Länder with their partners, contacts, projects, events, declarations and the mentor programme.
 * Real organisations, places and events; every person is fictional.
 *
 * Idempotent (skips when the marker alliance exists), written in one transaction, deterministic
 * (fixed PRNG seed; only the UUIDs differ between runs).
 */
export interface DemoSeedResult {
  skipped: boolean;
  counts: Record<string, number>;
}

/** The alliance whose presence marks the demo data as loaded. */
export const DEMO_MARKER_CODE = 'LBF-NI-0001';
const PRNG_SEED = 0x20040101;
/** Serialises concurrent seed runs (pg_advisory_xact_lock key). */
const ADVISORY_LOCK_KEY = 7_420_040_101;

type EntityClass = new () => ObjectLiteral;

/** Insert order: parents before children. */
const INSERT_ORDER: readonly (readonly [EntityClass, keyof SeedRows])[] = [
  [Organisation, 'organisations'],
  [Alliance, 'alliances'],
  [AllianceStatusChange, 'statusChanges'],
  [AllianceHandlungsfeld, 'allianceHandlungsfelder'],
  [AllianceZielgruppe, 'allianceZielgruppen'],
  [AllianceBody, 'allianceBodies'],
  [Person, 'persons'],
  [PersonFunction, 'personFunctions'],
  [Consent, 'consents'],
  [Partnership, 'partnerships'],
  [Event, 'events'],
  [EventParticipant, 'eventParticipants'],
  [EventSpeaker, 'eventSpeakers'],
  [Declaration, 'declarations'],
  [Signature, 'signatures'],
  [Activity, 'activities'],
  [ActivityHandlungsfeld, 'activityHandlungsfelder'],
  [ActivityPartner, 'activityPartners'],
  [Project, 'projects'],
  [ProjectHandlungsfeld, 'projectHandlungsfelder'],
  [ProjectZielgruppe, 'projectZielgruppen'],
  [ProjectPartner, 'projectPartners'],
  [MentorProfile, 'mentors'],
  [MentorSpecialty, 'mentorSpecialties'],
  [MentorTopic, 'mentorTopics'],
  [MentorRegion, 'mentorRegions'],
  [MentorAbsence, 'mentorAbsences'],
  [MentorConflict, 'mentorConflicts'],
  [MentoringRequest, 'requests'],
  [RequestSpecialty, 'requestSpecialties'],
  [RequestTopic, 'requestTopics'],
  [MatchProposal, 'proposals'],
  [Deployment, 'deployments'],
  [DeploymentMentor, 'deploymentMentors'],
  [DeploymentSpecialty, 'deploymentSpecialties'],
  [DeploymentSession, 'deploymentSessions'],
  [DeploymentReport, 'deploymentReports'],
  [DeploymentFeedback, 'deploymentFeedback'],
];

export async function seedDemoData(dataSource: DataSource): Promise<DemoSeedResult> {
  const skipped = await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY]);
    const existing: unknown[] = await manager.query('SELECT 1 FROM alliance WHERE code = $1', [DEMO_MARKER_CODE]);
    if (existing.length > 0) return true;
    const rows = buildDemoRows(await loadReferenceData(manager));
    for (const [entity, key] of INSERT_ORDER) {
      await insertChunked(manager, entity, rows[key] as Row<ObjectLiteral>[]);
    }
    return false;
  });
  return { skipped, counts: await countDemoTables(dataSource) };
}

/** Builds every row in memory; pure apart from the UUIDs. Exported for the determinism test. */
export function buildDemoRows(ref: ReferenceData): SeedRows {
  const ctx = new SeedContext(ref, new Random(PRNG_SEED));
  addRealOrganisations(ctx);
  buildAlliances(ctx);
  buildBaseNetwork(ctx);
  addStaffAndMentors(ctx);
  storyNoertenHardenberg(ctx);
  storyWolfsburg(ctx);
  storyMittelhessenSendenhorst(ctx);
  storyBoerde(ctx);
  storyFederalEvents(ctx);
  storyMentoringCases(ctx);
  addRealPartnerships(ctx);
  storyMuettercafe(ctx);
  fillPartnerships(ctx);
  addContacts(ctx);
  buildDeclarations(ctx);
  addPendingArt14Contacts(ctx);
  buildSyntheticMentoring(ctx);
  buildEngagement(ctx);
  fillSignatories(ctx);
  addConsents(ctx);
  return ctx.rows;
}

/** Reads the migrated reference tables, ordered so the PRNG sees the same data every run. */
export async function loadReferenceData(manager: EntityManager): Promise<ReferenceData> {
  const hf: { id: string; code: string }[] = await manager.query(`SELECT id, code FROM handlungsfeld WHERE taxonomy_version = 'KANON' ORDER BY code`);
  const laender: { code: string; abbreviation: string }[] = await manager.query('SELECT code, abbreviation FROM land ORDER BY code');
  const kreise: { ags: string; name: string; designation: string }[] = await manager.query('SELECT ags, name, designation FROM kreis ORDER BY ags');
  const gemeinden: { ags: string; name: string; designation: string; kreis_ags: string; land_code: string; latitude: string; longitude: string }[] =
    await manager.query('SELECT ags, name, designation, kreis_ags, land_code, latitude, longitude FROM gemeinde ORDER BY ags');
  if (hf.length === 0 || laender.length !== 16 || gemeinden.length === 0) {
    throw new Error('Reference data missing: run the migrations before seeding the demo data');
  }
  return {
    handlungsfeld: new Map(hf.map((h) => [h.code, h.id])),
    landAbbreviation: new Map(laender.map((l) => [l.code, l.abbreviation])),
    kreis: new Map(kreise.map((k) => [k.ags, { name: k.name, designation: k.designation }])),
    gemeinde: new Map(
      gemeinden.map((g) => [
        g.ags,
        { name: g.name, designation: g.designation, kreisAgs: g.kreis_ags, landCode: g.land_code, lat: Number(g.latitude), lon: Number(g.longitude) },
      ]),
    ),
  };
}

/** Row counts of every table the demo seed writes, keyed by table name. */
export async function countDemoTables(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [entity] of INSERT_ORDER) {
    const table = dataSource.getMetadata(entity).tableName;
    const [row]: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row?.n ?? 0;
  }
  return counts;
}
