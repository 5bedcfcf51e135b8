import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope, AuditWriter, VersionedWriter } from '@bn/api/core';
import { MentorDto, UpdateMentorAvailabilityDto } from '@bn/shared/contracts';
import { toMentorDto } from './mentor.mapper';
import { hasActiveGalleryConsent } from './gallery-consent';
import { MentorCollectionsWriter } from './mentor-collections.writer';
import { MentorAccess } from './mentor-access';
import { COLLECTIONS_ENTITY_TYPE, MENTOR_TARGET } from './mentors.service';
import { galleryConsentMissing, galleryNotForRetired, radiusNeedsHome } from './mentor.errors';

/**
 * The part of a Mentorprofil the mentor keeps personally: modes, capacity, radius, Länder served and
 * the gallery text (publishing still needs the GALERIE consent). A mentor may change only their own
 * profile; staff may use the same route for any profile.
 */
@Injectable()
export class MentorAvailabilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly collections: MentorCollectionsWriter,
    private readonly access: MentorAccess,
  ) {}

  async update(id: string, dto: UpdateMentorAvailabilityDto, scope: AccessScope, actor: string): Promise<MentorDto> {
    await this.access.assertWritable(scope, id);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.writer.lockCurrent(manager, MENTOR_TARGET, id);
      if (dto.radiusKm != null && !current.homeGemeindeAgs) throw radiusNeedsHome();
      if (dto.galleryPublished && current.status === 'AUSGESCHIEDEN') throw galleryNotForRetired();
      if (dto.galleryPublished && !(await hasActiveGalleryConsent(manager, current.personId))) throw galleryConsentMissing();
      const updated = await this.writer.update(
        manager,
        MENTOR_TARGET,
        id,
        dto.version,
        {
          modes: dto.modes,
          capacityPerQuarter: dto.capacityPerQuarter,
          radiusKm: dto.radiusKm ?? null,
          galleryText: dto.galleryText ?? null,
          galleryPublished: dto.galleryPublished ?? false,
        },
        actor,
      );
      const before = (await this.collections.read(manager, id)).regionLandCodes;
      const after = [...dto.regionLandCodes].sort();
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await this.collections.replaceRegions(manager, id, after);
        await this.audit.record(manager, {
          actor,
          action: 'UPDATE',
          entityType: COLLECTIONS_ENTITY_TYPE,
          entityId: id,
          before: { regionLandCodes: before },
          after: { regionLandCodes: after },
        });
      }
      return toMentorDto(updated);
    });
  }
}
