import { randomUUID } from 'node:crypto';
import { EntityManager, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import {
  ActorType,
  CompanySize,
  ContributionType,
  DataSource as PersonDataSource,
  PartnerRole,
  PersonFunctionType,
  Sector,
} from '@bn/shared/contracts';
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
import { Random, slugify } from './prng';
import { FictionalName, businessEmail, fictionPhone, fictionalName } from './names';

export type Row<T> = QueryDeepPartialEntity<T>;

/** Reference data read from the migrated database (ordered, so the seed stays deterministic). */
export interface ReferenceData {
  /** KANON Handlungsfeld id by code (HF01 … HF12). */
  handlungsfeld: Map<string, string>;
  gemeinde: Map<string, { name: string; designation: string; kreisAgs: string; landCode: string; lat: number; lon: number }>;
  kreis: Map<string, { name: string; designation: string }>;
  landAbbreviation: Map<string, string>;
}

/** Every row the seed writes, in insert order (parents before children). */
export class SeedRows {
  organisations: Row<Organisation>[] = [];
  alliances: Row<Alliance>[] = [];
  statusChanges: Row<AllianceStatusChange>[] = [];
  allianceHandlungsfelder: Row<AllianceHandlungsfeld>[] = [];
  allianceZielgruppen: Row<AllianceZielgruppe>[] = [];
  allianceBodies: Row<AllianceBody>[] = [];
  persons: Row<Person>[] = [];
  personFunctions: Row<PersonFunction>[] = [];
  consents: Row<Consent>[] = [];
  partnerships: Row<Partnership>[] = [];
  events: Row<Event>[] = [];
  eventParticipants: Row<EventParticipant>[] = [];
  eventSpeakers: Row<EventSpeaker>[] = [];
  declarations: Row<Declaration>[] = [];
  signatures: Row<Signature>[] = [];
  activities: Row<Activity>[] = [];
  activityHandlungsfelder: Row<ActivityHandlungsfeld>[] = [];
  activityPartners: Row<ActivityPartner>[] = [];
  projects: Row<Project>[] = [];
  projectHandlungsfelder: Row<ProjectHandlungsfeld>[] = [];
  projectZielgruppen: Row<ProjectZielgruppe>[] = [];
  projectPartners: Row<ProjectPartner>[] = [];
  mentors: Row<MentorProfile>[] = [];
  mentorSpecialties: Row<MentorSpecialty>[] = [];
  mentorTopics: Row<MentorTopic>[] = [];
  mentorRegions: Row<MentorRegion>[] = [];
  mentorAbsences: Row<MentorAbsence>[] = [];
  mentorConflicts: Row<MentorConflict>[] = [];
  requests: Row<MentoringRequest>[] = [];
  requestSpecialties: Row<RequestSpecialty>[] = [];
  requestTopics: Row<RequestTopic>[] = [];
  proposals: Row<MatchProposal>[] = [];
  deployments: Row<Deployment>[] = [];
  deploymentMentors: Row<DeploymentMentor>[] = [];
  deploymentSpecialties: Row<DeploymentSpecialty>[] = [];
  deploymentSessions: Row<DeploymentSession>[] = [];
  deploymentReports: Row<DeploymentReport>[] = [];
  deploymentFeedback: Row<DeploymentFeedback>[] = [];
}

export interface OrgSpec {
  key?: string;
  name: string;
  legalForm?: string | null;
  sector: Sector;
  actorType: ActorType;
  companySize?: CompanySize | null;
  industry?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  gemeindeAgs?: string | null;
  parentId?: string | null;
  website?: string | null;
  /** Reusable by other alliances of the same Land (regional companies, associations …). */
  regional?: boolean;
}

export interface OrgInfo {
  id: string;
  name: string;
  sector: Sector;
  actorType: ActorType;
  companySize: CompanySize | null;
  landCode: string | null;
  kreisAgs: string | null;
  domain: string;
  regional: boolean;
}

export interface AllianceInfo {
  id: string;
  key: string;
  code: string;
  name: string;
  status: Row<Alliance>['status'];
  level: Row<Alliance>['territorialLevel'];
  landCode: string;
  kreisAgs: string | null;
  gemeindeAgs: string | null;
  /** Founding date or an estimate inside the founding year; null when not founded. */
  foundedOn: string | null;
  firstContactOn: string;
  endedOn: string | null;
  dormantSince: string | null;
  /** Where the alliance's partners sit: Gemeinde AGS, PLZ and name. */
  towns: { ags: string; plz: string; name: string; city: string }[];
  placeName: string;
  domain: string;
}

export interface MentorInfo {
  id: string;
  key: string;
  personId: string;
  name: string;
  status: Row<MentorProfile>['status'];
  homeGemeindeAgs: string;
  homeAllianceId: string | null;
  /** Fachgebiet code → level. */
  specialties: Map<string, 'GRUNDKENNTNIS' | 'ERFAHREN' | 'EXPERTISE'>;
  regions: Set<string>;
  conflicts: Set<string>;
  qualifiedSince: string | null;
  /** Last day the mentor took deployments (PAUSIERT/AUSGESCHIEDEN); null while active. */
  activeUntil: string | null;
}

export interface PersonSpec {
  salutation: 'FRAU' | 'HERR' | 'DIVERS' | 'KEINE';
  title?: string | null;
  firstName: string;
  lastName: string;
  domain: string;
  dataSource: PersonDataSource;
  privacyNoticeSentOn: string | null;
  preferredChannel?: 'EMAIL' | 'TELEFON' | 'POST' | null;
}

/** The mutable state of one seed run: reference data, PRNG, rows and lookups. */
export class SeedContext {
  readonly rows = new SeedRows();
  readonly orgByKey = new Map<string, OrgInfo>();
  readonly orgs: OrgInfo[] = [];
  readonly allianceByKey = new Map<string, AllianceInfo>();
  readonly alliances: AllianceInfo[] = [];
  /** alliance id → organisation ids that are partners. */
  readonly partnersOf = new Map<string, Set<string>>();
  /** organisation id → its contact persons (first = usual representative). */
  readonly contactsOf = new Map<string, string[]>();
  readonly personName = new Map<string, string>();
  private readonly usedNames = new Set<string>();
  readonly mentors: MentorInfo[] = [];
  readonly mentorByKey = new Map<string, MentorInfo>();
  /** Names of the (fictional) Fachberatung staff, for request owners and report reviews. */
  readonly fachberatung: string[] = [];
  /** Deployments per "mentorId:year", for the workload criterion of match proposals. */
  readonly mentorLoad = new Map<string, number>();
  private phoneCounter = 0;

  constructor(
    readonly ref: ReferenceData,
    readonly rng: Random,
  ) {}

  hf(code: string): string {
    const id = this.ref.handlungsfeld.get(code);
    if (!id) throw new Error(`Handlungsfeld ${code} missing (reference data not migrated?)`);
    return id;
  }

  org(key: string): OrgInfo {
    const found = this.orgByKey.get(key);
    if (!found) throw new Error(`organisation ${key} not seeded`);
    return found;
  }

  mentor(key: string): MentorInfo {
    const found = this.mentorByKey.get(key);
    if (!found) throw new Error(`mentor ${key} not seeded`);
    return found;
  }

  /** Air-line distance in km between two Gemeinden (area centroids). */
  distanceKm(agsA: string, agsB: string): number {
    const a = this.ref.gemeinde.get(agsA);
    const b = this.ref.gemeinde.get(agsB);
    if (!a || !b) return 0;
    const rad = Math.PI / 180;
    const dLat = (b.lat - a.lat) * rad;
    const dLon = (b.lon - a.lon) * rad;
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
    return Math.round(2 * 6371 * Math.asin(Math.sqrt(h)));
  }

  alliance(key: string): AllianceInfo {
    const found = this.allianceByKey.get(key);
    if (!found) throw new Error(`alliance ${key} not seeded`);
    return found;
  }

  /** A fictional name no other person of the seed has. */
  freshName(): FictionalName {
    for (let attempt = 0; attempt < 50; attempt++) {
      const name = fictionalName(this.rng);
      if (!this.usedNames.has(`${name.firstName} ${name.lastName}`)) return name;
    }
    throw new Error('no fresh fictional name left');
  }

  nextPhone(): string {
    this.phoneCounter += 1;
    return fictionPhone(this.phoneCounter);
  }

  addOrg(spec: OrgSpec): OrgInfo {
    const id = randomUUID();
    const domain = `${slugify(spec.name).slice(0, 48).replace(/-+$/, '')}.example.org`;
    const landCode = spec.gemeindeAgs ? spec.gemeindeAgs.slice(0, 2) : null;
    this.rows.organisations.push({
      id,
      name: spec.name,
      legalForm: spec.legalForm ?? null,
      sector: spec.sector,
      actorType: spec.actorType,
      companySize: spec.companySize ?? null,
      industry: spec.industry ?? null,
      street: spec.street ?? null,
      postalCode: spec.postalCode ?? null,
      city: spec.city ?? null,
      gemeindeAgs: spec.gemeindeAgs ?? null,
      parentId: spec.parentId ?? null,
      website: spec.website ?? null,
      email: `info@${domain}`,
      phone: this.nextPhone(),
      archivedAt: null,
    });
    const info: OrgInfo = {
      id,
      name: spec.name,
      sector: spec.sector,
      actorType: spec.actorType,
      companySize: spec.companySize ?? null,
      landCode,
      kreisAgs: spec.gemeindeAgs ? spec.gemeindeAgs.slice(0, 5) : null,
      domain,
      regional: spec.regional ?? false,
    };
    this.orgs.push(info);
    if (spec.key) this.orgByKey.set(spec.key, info);
    return info;
  }

  addPerson(spec: PersonSpec): string {
    const id = randomUUID();
    this.rows.persons.push({
      id,
      salutation: spec.salutation,
      title: spec.title ?? null,
      firstName: spec.firstName,
      lastName: spec.lastName,
      email: businessEmail(spec.firstName, spec.lastName, spec.domain),
      phone: this.nextPhone(),
      preferredChannel: spec.preferredChannel ?? 'EMAIL',
      dataSource: spec.dataSource,
      privacyNoticeSentOn: spec.privacyNoticeSentOn,
      retentionReviewOn: null,
      archivedAt: null,
    });
    this.personName.set(id, `${spec.firstName} ${spec.lastName}`);
    this.usedNames.add(`${spec.firstName} ${spec.lastName}`);
    return id;
  }

  addFunction(
    personId: string,
    functionType: PersonFunctionType,
    target: { organisationId?: string | null; allianceId?: string | null },
    validFrom: string | null,
    validUntil: string | null = null,
  ): void {
    this.rows.personFunctions.push({
      id: randomUUID(),
      personId,
      functionType,
      organisationId: target.organisationId ?? null,
      allianceId: target.allianceId ?? null,
      validFrom,
      validUntil,
    });
  }

  addContact(orgId: string, personId: string): void {
    const list = this.contactsOf.get(orgId) ?? [];
    list.push(personId);
    this.contactsOf.set(orgId, list);
  }

  isPartner(allianceId: string, orgId: string): boolean {
    return this.partnersOf.get(allianceId)?.has(orgId) ?? false;
  }

  addPartnership(
    alliance: AllianceInfo,
    orgId: string,
    p: {
      roles: PartnerRole[];
      since: string | null;
      until?: string | null;
      contributionTypes?: ContributionType[];
      contribution?: string | null;
      representativeId?: string | null;
    },
  ): string | null {
    if (this.isPartner(alliance.id, orgId)) return null;
    const id = randomUUID();
    this.rows.partnerships.push({
      id,
      allianceId: alliance.id,
      organisationId: orgId,
      roles: p.roles,
      since: p.since,
      until: p.until ?? null,
      contributionTypes: p.contributionTypes ?? [],
      contribution: p.contribution ?? null,
      representativeId: p.representativeId ?? null,
      archivedAt: null,
    });
    const set = this.partnersOf.get(alliance.id) ?? new Set<string>();
    set.add(orgId);
    this.partnersOf.set(alliance.id, set);
    return id;
  }

  /** Partner organisation ids of an alliance, in insertion order. */
  partnerIds(allianceId: string): string[] {
    return [...(this.partnersOf.get(allianceId) ?? [])];
  }
}

/**
 * Inserts rows in chunks, one multi-row INSERT per chunk, sized to stay well below PostgreSQL's
 * 65,535 bind parameters. updateEntity(false): no RETURNING round-trip into the row objects.
 */
export async function insertChunked<T extends ObjectLiteral>(manager: EntityManager, entity: new () => T, rows: Row<T>[]): Promise<void> {
  const columns = manager.connection.getMetadata(entity).columns.length;
  const chunkSize = Math.max(1, Math.floor(30_000 / Math.max(1, columns)));
  for (let start = 0; start < rows.length; start += chunkSize) {
    await manager.createQueryBuilder().insert().into(entity).values(rows.slice(start, start + chunkSize)).updateEntity(false).execute();
  }
}
