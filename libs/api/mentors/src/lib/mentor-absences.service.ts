import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope, AuditWriter, VersionedWriter } from '@bn/api/core';
import { MentorAbsence } from '@bn/api/data-access-db';
import { CreateMentorAbsenceDto, MentorAbsenceDto } from '@bn/shared/contracts';
import { ABSENCE_SELECT, AbsenceRow, toAbsenceDto } from './mentor.mapper';
import { absenceEndsBeforeStart, absenceNotFound } from './mentor.errors';
import { MENTOR_TARGET } from './mentors.service';
import { MentorAccess } from './mentor-access';

/**
 * Absences of a mentor (holidays, illness without reason, …): added and removed, never edited.
 * Staff change every profile's absences, a mentor only their own (others answer 404).
 */
@Injectable()
export class MentorAbsencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly access: MentorAccess,
  ) {}

  async add(mentorId: string, dto: CreateMentorAbsenceDto, scope: AccessScope, actor: string): Promise<MentorAbsenceDto> {
    await this.access.assertWritable(scope, mentorId);
    return this.dataSource.transaction(async (manager) => {
      await this.writer.lockCurrent(manager, MENTOR_TARGET, mentorId);
      if (dto.untilDate < dto.fromDate) throw absenceEndsBeforeStart();
      const { identifiers } = await manager.insert(MentorAbsence, {
        mentorId,
        fromDate: dto.fromDate,
        untilDate: dto.untilDate,
        note: dto.note?.trim() || null,
      });
      const id = String(identifiers[0]['id']);
      const [row] = (await manager.query(`${ABSENCE_SELECT} WHERE a.id = $1`, [id])) as AbsenceRow[];
      const created = toAbsenceDto(row);
      await this.audit.record(manager, { actor, action: 'CREATE', entityType: 'MentorAbsence', entityId: id, after: created });
      return created;
    });
  }

  /** Removes the absence for good; the audit entry keeps what it was. */
  async remove(mentorId: string, absenceId: string, scope: AccessScope, actor: string): Promise<void> {
    await this.access.assertWritable(scope, mentorId);
    await this.dataSource.transaction(async (manager) => {
      await this.writer.lockCurrent(manager, MENTOR_TARGET, mentorId);
      const before = await manager.findOneBy(MentorAbsence, { id: absenceId, mentorId });
      if (!before) throw absenceNotFound();
      await manager.delete(MentorAbsence, { id: absenceId });
      await this.audit.record(manager, { actor, action: 'DELETE', entityType: 'MentorAbsence', entityId: absenceId, before });
    });
  }
}
