import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope, AuditWriter, DomainError, foreignRecord, SqlCondition } from '@bn/api/core';
import { MentorProfile } from '@bn/api/data-access-db';
import { mentorNotFound } from './mentor.errors';

const ENTITY_TYPE = 'MentorProfile';

/**
 * Which Mentorprofile a scope may read and change (in SQL, on a QueryBuilder alias of mentor_profile):
 * staff every profile, a mentor only their own. Coordinators see mentors only through the gallery and
 * the deployments of their alliances, never through these routes.
 */
export function mentorProfileCondition(scope: AccessScope, alias = 'mentor'): SqlCondition | null {
  switch (scope.kind) {
    case 'all':
      return null;
    case 'mentor':
      return { sql: `${alias}.id = :scopeMentorId`, params: { scopeMentorId: scope.mentorProfileId } };
    default:
      return { sql: 'false', params: {} };
  }
}

/** Checks that answer 404 for a profile outside the scope, and audit the attempt when the profile exists. */
@Injectable()
export class MentorAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  /**
   * The error for a profile the scope could not read: PERMISSION_DENIED in the audit trail and a 404
   * when it exists (written outside any transaction, so it stays), a plain 404 when it does not.
   */
  async notVisible(id: string): Promise<DomainError> {
    const exists = await this.dataSource.getRepository(MentorProfile).existsBy({ id });
    return exists ? foreignRecord(this.audit, this.dataSource.manager, ENTITY_TYPE, id, mentorNotFound) : mentorNotFound();
  }

  /** Writes to a profile (availability, absences): one statement deciding existence and scope together. */
  async assertWritable(scope: AccessScope, id: string): Promise<void> {
    const condition = mentorProfileCondition(scope);
    if (!condition) return;
    const row = await this.dataSource
      .getRepository(MentorProfile)
      .createQueryBuilder('mentor')
      .select('mentor.id', 'id')
      .addSelect(`(${condition.sql})`, 'visible')
      .setParameters(condition.params)
      .where('mentor.id = :id', { id })
      .getRawOne<{ id: string; visible: boolean }>();
    if (!row) throw mentorNotFound();
    if (!row.visible) throw await foreignRecord(this.audit, this.dataSource.manager, ENTITY_TYPE, id, mentorNotFound);
  }
}
