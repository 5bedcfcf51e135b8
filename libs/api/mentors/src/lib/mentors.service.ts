import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditWriter, VersionedTarget, VersionedWriter } from '@bn/api/core';
import { Alliance, Gemeinde, MentorProfile, Organisation, Person } from '@bn/api/data-access-db';
import { CreateMentorDto, MentorDto, MentorProfileFieldsDto, UpdateMentorDto } from '@bn/shared/contracts';
import { toMentorDto } from './mentor.mapper';
import { hasActiveGalleryConsent } from './gallery-consent';
import { MentorCollectionsWriter } from './mentor-collections.writer';
import {
  galleryConsentMissing,
  galleryNotForRetired,
  gemeindeNotFound,
  homeAllianceNotFound,
  homeOrganisationNotFound,
  mentorExists,
  mentorNotFound,
  personNotFound,
  radiusNeedsHome,
} from './mentor.errors';

export const MENTOR_TARGET: VersionedTarget<MentorProfile> = {
  entity: MentorProfile,
  entityType: 'MentorProfile',
  notFound: mentorNotFound,
};

/** Audit entity type for changes of a profile's child collections (the profile row has its own entries). */
export const COLLECTIONS_ENTITY_TYPE = 'MentorProfileCollections';

/** Writes Mentorprofile: create, full replacement (fields and child collections), archive. */
@Injectable()
export class MentorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly collections: MentorCollectionsWriter,
  ) {}

  async create(dto: CreateMentorDto, actor: string): Promise<MentorDto> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Person, { id: dto.personId, archivedAt: IsNull() }))) throw personNotFound();
      if (await manager.existsBy(MentorProfile, { personId: dto.personId })) throw mentorExists();
      await this.checkRules(manager, dto, dto.personId, null);
      const collections = this.collections.fromDto(dto);
      await this.collections.check(manager, collections);
      const { identifiers } = await manager.insert(MentorProfile, { personId: dto.personId, ...this.toColumns(dto) });
      const id = String(identifiers[0]['id']);
      await this.collections.replace(manager, id, collections);
      const created = await manager.findOneByOrFail(MentorProfile, { id });
      await this.audit.record(manager, {
        actor,
        action: 'CREATE',
        entityType: MENTOR_TARGET.entityType,
        entityId: id,
        after: { ...created, ...collections },
      });
      return toMentorDto(created);
    });
  }

  async update(id: string, dto: UpdateMentorDto, actor: string): Promise<MentorDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.writer.lockCurrent(manager, MENTOR_TARGET, id);
      await this.checkRules(manager, dto, current.personId, current);
      const collections = this.collections.fromDto(dto);
      await this.collections.check(manager, collections);
      const updated = await this.writer.update(manager, MENTOR_TARGET, id, dto.version, this.toColumns(dto), actor);
      const before = await this.collections.read(manager, id);
      if (!this.collections.isSame(before, collections)) {
        await this.collections.replace(manager, id, collections);
        await this.audit.record(manager, {
          actor,
          action: 'UPDATE',
          entityType: COLLECTIONS_ENTITY_TYPE,
          entityId: id,
          before,
          after: collections,
        });
      }
      return toMentorDto(updated);
    });
  }

  async archive(id: string, version: number, actor: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.writer.archive(manager, MENTOR_TARGET, id, version, actor));
  }

  private toColumns(dto: MentorProfileFieldsDto): Partial<MentorProfile> {
    return {
      homeAllianceId: dto.homeAllianceId ?? null,
      homeOrganisationId: dto.homeOrganisationId ?? null,
      status: dto.status,
      qualifiedSince: dto.qualifiedSince ?? null,
      cohort: dto.cohort?.trim() || null,
      homeGemeindeAgs: dto.homeGemeindeAgs ?? null,
      radiusKm: dto.radiusKm ?? null,
      modes: dto.modes,
      capacityPerQuarter: dto.capacityPerQuarter,
      galleryText: dto.galleryText ?? null,
      galleryPublished: dto.galleryPublished ?? false,
      agreementSignedOn: dto.agreementSignedOn ?? null,
      agreementVersion: dto.agreementVersion?.trim() || null,
    };
  }

  /**
   * Rules of the profile's own fields. A home alliance or organisation archived after it was set may
   * stay; a new one must be current. Publishing in the gallery needs the person's active GALERIE consent.
   */
  private async checkRules(
    manager: EntityManager,
    dto: MentorProfileFieldsDto,
    personId: string,
    current: MentorProfile | null,
  ): Promise<void> {
    if (dto.radiusKm != null && !dto.homeGemeindeAgs) throw radiusNeedsHome();
    if (dto.galleryPublished && dto.status === 'AUSGESCHIEDEN') throw galleryNotForRetired();
    if (dto.homeGemeindeAgs && !(await manager.existsBy(Gemeinde, { ags: dto.homeGemeindeAgs }))) throw gemeindeNotFound();
    if (dto.homeAllianceId) {
      const alliance = await manager.findOne(Alliance, { select: { id: true, archivedAt: true }, where: { id: dto.homeAllianceId } });
      if (!alliance || (alliance.archivedAt && current?.homeAllianceId !== dto.homeAllianceId)) throw homeAllianceNotFound();
    }
    if (dto.homeOrganisationId) {
      const organisation = await manager.findOne(Organisation, {
        select: { id: true, archivedAt: true },
        where: { id: dto.homeOrganisationId },
      });
      if (!organisation || (organisation.archivedAt && current?.homeOrganisationId !== dto.homeOrganisationId)) {
        throw homeOrganisationNotFound();
      }
    }
    if (dto.galleryPublished && !(await hasActiveGalleryConsent(manager, personId))) throw galleryConsentMissing();
  }
}
