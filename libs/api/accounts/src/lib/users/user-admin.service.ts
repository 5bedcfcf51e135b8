import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { InvitationResponseDto, InviteUserDto, OneTimeLinkDto, Role, UpdateUserDto, UserDto } from '@bn/shared/contracts';
import { AuditWriter, DomainEvents, Principal, SessionService, versionConflict } from '@bn/api/core';
import {
  allianceNotFound,
  alliancesOnlyForCoordinators,
  alliancesRequired,
  cannotChangeOwnRole,
  cannotDisableSelf,
  emailTaken,
  mentorProfileLinked,
  mentorProfileNotFound,
  mentorProfileOnlyForMentors,
  mentorProfileRequired,
  roleNotInvitable,
  userNotFound,
} from '../accounts.errors';
import { OneTimeLinks } from '../auth/one-time-links.service';
import { normaliseEmail } from '../auth/login.service';
import { auditSnapshot, toUserDto, UserRow } from './user.mapper';
import { findUserRow, lockUserRow, UsersService } from './users.service';

/** Roles the Fachberatung may invite (the administration and Leitung may invite every role). */
const FACHBERATUNG_INVITES: readonly Role[] = ['KOORDINATION', 'MENTOR'];
const ENTITY_TYPE = 'UserAccount';

interface Links {
  role: Role;
  allianceIds?: string[];
  mentorProfileId?: string | null;
}

/** Writes of the user administration: invite, update, disable/enable, password-reset links. */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly audit: AuditWriter,
    private readonly sessions: SessionService,
    private readonly links: OneTimeLinks,
    private readonly events: DomainEvents,
  ) {}

  async invite(dto: InviteUserDto, actor: Principal): Promise<InvitationResponseDto> {
    if (actor.role === 'FACHBERATUNG' && !FACHBERATUNG_INVITES.includes(dto.role)) {
      await this.audit.record(this.dataSource.manager, {
        action: 'PERMISSION_DENIED',
        entityType: ENTITY_TYPE,
        entityId: null,
        after: { reason: 'role not invitable', role: dto.role },
      });
      throw roleNotInvitable();
    }
    const email = normaliseEmail(dto.email);
    const { id, invitation } = await this.dataSource.transaction(async (manager) => {
      await this.checkLinks(manager, dto, null);
      const taken = await manager.query(`SELECT 1 FROM user_account WHERE email = $1`, [email]);
      if (taken.length) throw emailTaken();
      const [created] = await manager.query(
        `INSERT INTO user_account (email, display_name, role, mentor_profile_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [email, dto.displayName.trim(), dto.role, dto.role === 'MENTOR' ? dto.mentorProfileId : null],
      );
      const userId = created.id as string;
      await this.replaceAlliances(manager, userId, dto);
      const row = await findUserRow(manager, userId);
      await this.audit.record(manager, { action: 'CREATE', entityType: ENTITY_TYPE, entityId: userId, after: row ? auditSnapshot(row) : null });
      const link = await this.links.create(manager, userId, 'EINLADUNG', actor.userId);
      return { id: userId, invitation: link };
    });
    this.links.logInDevelopment('EINLADUNG', email, invitation);
    // After the commit: the notifications module mails the link to the invited address.
    await this.events.publish({ type: 'account.invited', userId: id, link: invitation.link, expiresAt: invitation.expiresAt, actorId: actor.userId });
    return { user: await this.users.get(id), invitation };
  }

  /** Replaces name, role and links; a role change ends the user's sessions. */
  async update(id: string, dto: UpdateUserDto, actor: Principal): Promise<UserDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockCurrent(manager, id, dto.version);
      if (id === actor.userId && dto.role !== before.role) throw cannotChangeOwnRole();
      await this.checkLinks(manager, dto, id);
      await manager.query(
        `UPDATE user_account SET display_name = $2, role = $3, mentor_profile_id = $4, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $5`,
        [id, dto.displayName.trim(), dto.role, dto.role === 'MENTOR' ? dto.mentorProfileId : null, dto.version],
      );
      await this.replaceAlliances(manager, id, dto);
      if (dto.role !== before.role) await this.sessions.endAllOfUser(manager, id, 'ROLE_CHANGED');
      return this.recorded(manager, 'UPDATE', before);
    });
  }

  /** Disables an account and ends all its sessions (not one's own). */
  async disable(id: string, version: number, actor: Principal): Promise<UserDto> {
    if (id === actor.userId) throw cannotDisableSelf();
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockCurrent(manager, id, version);
      await manager.query(
        `UPDATE user_account SET disabled_at = COALESCE(disabled_at, now()), version = version + 1, updated_at = now() WHERE id = $1`,
        [id],
      );
      await this.sessions.endAllOfUser(manager, id, 'USER_DISABLED');
      return this.recorded(manager, 'STATUS_CHANGE', before);
    });
  }

  async enable(id: string, version: number): Promise<UserDto> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockCurrent(manager, id, version);
      await manager.query(`UPDATE user_account SET disabled_at = NULL, version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      return this.recorded(manager, 'STATUS_CHANGE', before);
    });
  }

  /** A one-time link (24 hours) for the user to set a new password. */
  async passwordResetLink(id: string, actor: Principal): Promise<OneTimeLinkDto> {
    const { email, link } = await this.dataSource.transaction(async (manager) => {
      const row = await findUserRow(manager, id);
      if (!row) throw userNotFound();
      const created = await this.links.create(manager, id, 'PASSWORT_RESET', actor.userId);
      await this.audit.record(manager, { action: 'ACCOUNT', entityType: ENTITY_TYPE, entityId: id, after: { event: 'PASSWORT_RESET_LINK_ERSTELLT' } });
      return { email: row.email, link: created };
    });
    this.links.logInDevelopment('PASSWORT_RESET', email, link);
    await this.events.publish({ type: 'password.reset-requested', userId: id, link: link.link, expiresAt: link.expiresAt, actorId: actor.userId });
    return link;
  }

  private async lockCurrent(manager: EntityManager, id: string, version: number): Promise<UserRow> {
    const row = await lockUserRow(manager, id);
    if (!row) throw userNotFound();
    if (row.version !== version) throw versionConflict();
    return row;
  }

  private async recorded(manager: EntityManager, action: 'UPDATE' | 'STATUS_CHANGE', before: UserRow): Promise<UserDto> {
    const after = await findUserRow(manager, before.id);
    if (!after) throw userNotFound();
    await this.audit.record(manager, { action, entityType: ENTITY_TYPE, entityId: before.id, before: auditSnapshot(before), after: auditSnapshot(after) });
    return toUserDto(after);
  }

  /** Coordinators need alliances, mentors a free Mentorprofil; other roles neither. */
  private async checkLinks(manager: EntityManager, dto: Links, ownId: string | null): Promise<void> {
    const allianceIds = dto.allianceIds ?? [];
    if (dto.role === 'KOORDINATION' && !allianceIds.length) throw alliancesRequired();
    if (dto.role !== 'KOORDINATION' && allianceIds.length) throw alliancesOnlyForCoordinators();
    if (dto.role === 'MENTOR' && !dto.mentorProfileId) throw mentorProfileRequired();
    if (dto.role !== 'MENTOR' && dto.mentorProfileId) throw mentorProfileOnlyForMentors();
    if (allianceIds.length) {
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM alliance WHERE id = ANY($1) AND archived_at IS NULL`, [allianceIds]);
      if (count !== allianceIds.length) throw allianceNotFound();
    }
    if (dto.mentorProfileId) {
      const profiles = await manager.query(`SELECT 1 FROM mentor_profile WHERE id = $1 AND archived_at IS NULL`, [dto.mentorProfileId]);
      if (!profiles.length) throw mentorProfileNotFound();
      const linked = await manager.query(`SELECT 1 FROM user_account WHERE mentor_profile_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`, [
        dto.mentorProfileId,
        ownId,
      ]);
      if (linked.length) throw mentorProfileLinked();
    }
  }

  private async replaceAlliances(manager: EntityManager, userId: string, dto: Links): Promise<void> {
    await manager.query(`DELETE FROM user_alliance WHERE user_id = $1`, [userId]);
    const allianceIds = dto.role === 'KOORDINATION' ? (dto.allianceIds ?? []) : [];
    if (allianceIds.length) {
      await manager.query(`INSERT INTO user_alliance (user_id, alliance_id) SELECT $1, unnest($2::uuid[])`, [userId, allianceIds]);
    }
  }
}
