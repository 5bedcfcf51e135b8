import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  Alliance,
  AllianceBody,
  AllianceHandlungsfeld,
  AllianceStatusChange,
  AllianceZielgruppe,
  Gemeinde,
  Partnership,
  PersonFunction,
} from '@bn/api/data-access-db';
import { AccessScope, allianceCondition } from '@bn/api/core';
import { AllianceContactDto, AllianceCountsDto, AllianceDetailDto, AlliancePartnerSummaryDto, PersonFunctionType } from '@bn/shared/contracts';
import { toAllianceDto, toStatusHistory, visibleTo } from './alliance.mapper';
import { personName } from './persistence';
import { AllianceAccess } from './alliance-access';
import { berlinToday } from '@bn/shared/util';

/** Functions that make someone a contact of the alliance, in display order. */
const CONTACT_FUNCTIONS: readonly PersonFunctionType[] = ['KOORDINATION', 'SPRECHER', 'ANSPRECHPERSON'];
/** A mentor sees the coordinator contact of an assigned alliance only: coordinators and contact persons. */
const MENTOR_CONTACT_FUNCTIONS: readonly PersonFunctionType[] = ['KOORDINATION', 'ANSPRECHPERSON'];

/**
 * Loads the alliance screen with a fixed number of queries (one for the row, eight for its relations), as far
 * as the scope allows: the Servicebüro sees everything; a coordinator their own alliances without the internal
 * notes; a mentor an assigned alliance's profile, partners (names only, no contact data), counts and the
 * current coordinators and contact persons with business e-mail and phone, but neither internal notes nor
 * the status history (its reasons are the Servicebüro's working notes).
 */
@Injectable()
export class AllianceDetailReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AllianceAccess,
  ) {}

  async get(id: string, scope: AccessScope): Promise<AllianceDetailDto> {
    const qb = this.dataSource
      .getRepository(Alliance)
      .createQueryBuilder('alliance')
      .leftJoin('alliance.land', 'land')
      .addSelect(['land.code', 'land.abbreviation', 'land.name'])
      .leftJoin('alliance.kreis', 'kreis')
      .addSelect(['kreis.ags', 'kreis.name'])
      .leftJoin('alliance.gemeinde', 'gemeinde')
      .addSelect(['gemeinde.ags', 'gemeinde.name'])
      .leftJoin('alliance.coordinationHost', 'host')
      .addSelect(['host.id', 'host.name'])
      .leftJoin('alliance.mergedInto', 'merged')
      .addSelect(['merged.id', 'merged.code', 'merged.name'])
      .where('alliance.id = :id', { id });
    const condition = allianceCondition(scope, 'alliance.id');
    if (condition) qb.andWhere(condition.sql, condition.params);
    const alliance = await qb.getOne();
    if (!alliance) throw await this.access.denied(id);
    const mentor = scope.kind === 'mentor';
    const today = berlinToday();
    const [covered, handlungsfelder, zielgruppen, bodies, partners, contacts, counts, history] = await Promise.all([
      alliance.coveredAgs.length === 0
        ? []
        : this.dataSource.getRepository(Gemeinde).find({
            select: { ags: true, name: true },
            where: { ags: In(alliance.coveredAgs) },
            order: { name: 'ASC' },
          }),
      this.dataSource.getRepository(AllianceHandlungsfeld).find({
        where: { allianceId: id },
        relations: { handlungsfeld: true },
        order: { handlungsfeld: { sortOrder: 'ASC', code: 'ASC' } },
      }),
      this.dataSource.getRepository(AllianceZielgruppe).find({
        where: { allianceId: id },
        relations: { zielgruppe: true },
        order: { zielgruppe: { sortOrder: 'ASC', code: 'ASC' } },
      }),
      this.dataSource.getRepository(AllianceBody).find({ where: { allianceId: id }, order: { bodyType: 'ASC', name: 'ASC' } }),
      this.loadPartners(id, today),
      this.loadContacts(id, today, mentor ? MENTOR_CONTACT_FUNCTIONS : CONTACT_FUNCTIONS),
      this.loadCounts(id),
      mentor ? [] : this.dataSource.getRepository(AllianceStatusChange).find({ where: { allianceId: id } }),
    ]);
    const detail: AllianceDetailDto = {
      ...toAllianceDto(alliance),
      landAbbreviation: alliance.land?.abbreviation ?? null,
      landName: alliance.land?.name ?? null,
      kreisName: alliance.kreis?.name ?? null,
      gemeindeName: alliance.gemeinde?.name ?? null,
      coveredGemeinden: covered.map((g) => ({ ags: g.ags, name: g.name })),
      handlungsfelder: handlungsfelder.map((ah) => ({
        id: ah.handlungsfeldId,
        code: ah.handlungsfeld?.code ?? '',
        name: ah.handlungsfeld?.name ?? '',
        isMain: ah.isMain,
      })),
      zielgruppen: zielgruppen.map((az) => ({ code: az.zielgruppeCode, name: az.zielgruppe?.name ?? az.zielgruppeCode })),
      bodies: bodies.map((b) => ({ id: b.id, bodyType: b.bodyType, name: b.name, description: b.description })),
      coordinationHost: alliance.coordinationHost ? { id: alliance.coordinationHost.id, name: alliance.coordinationHost.name } : null,
      mergedInto: alliance.mergedInto
        ? { id: alliance.mergedInto.id, code: alliance.mergedInto.code, name: alliance.mergedInto.name }
        : null,
      partners,
      contacts,
      counts,
      statusHistory: toStatusHistory(history),
    };
    return visibleTo(detail, scope);
  }

  /** Current partners: not archived, and the partnership has not ended before today. */
  private async loadPartners(allianceId: string, today: string): Promise<AlliancePartnerSummaryDto[]> {
    const rows = await this.dataSource
      .getRepository(Partnership)
      .createQueryBuilder('partnership')
      .innerJoin('partnership.organisation', 'organisation')
      .addSelect(['organisation.id', 'organisation.name', 'organisation.sector', 'organisation.actorType'])
      .leftJoin('partnership.representative', 'representative')
      .addSelect(['representative.id', 'representative.title', 'representative.firstName', 'representative.lastName'])
      .where('partnership.allianceId = :allianceId AND partnership.archivedAt IS NULL', { allianceId })
      .andWhere('(partnership.until IS NULL OR partnership.until >= :today)', { today })
      .orderBy('organisation.name', 'ASC')
      .addOrderBy('partnership.id', 'ASC')
      .getMany();
    return rows.flatMap(({ organisation, ...p }) =>
      organisation
        ? [
            {
              partnershipId: p.id,
              organisationId: organisation.id,
              organisationName: organisation.name,
              sector: organisation.sector,
              actorType: organisation.actorType,
              roles: p.roles,
              since: p.since,
              until: p.until,
              representativeId: p.representativeId,
              representativeName: personName(p.representative),
            },
          ]
        : [],
    );
  }

  /** Coordinators, spokespersons and contact persons whose function is valid today. */
  private async loadContacts(allianceId: string, today: string, functions: readonly PersonFunctionType[]): Promise<AllianceContactDto[]> {
    const rows = await this.dataSource
      .getRepository(PersonFunction)
      .createQueryBuilder('fn')
      .innerJoin('fn.person', 'person')
      .addSelect(['person.id', 'person.title', 'person.firstName', 'person.lastName', 'person.email', 'person.phone'])
      .where('fn.allianceId = :allianceId AND fn.functionType IN (:...types)', { allianceId, types: functions })
      .andWhere('(fn.validFrom IS NULL OR fn.validFrom <= :today) AND (fn.validUntil IS NULL OR fn.validUntil >= :today)', { today })
      .andWhere('person.archivedAt IS NULL')
      .orderBy('person.lastName', 'ASC')
      .addOrderBy('person.firstName', 'ASC')
      .addOrderBy('fn.id', 'ASC')
      .getMany();
    return rows
      .map((fn) => ({
        personId: fn.personId,
        name: personName(fn.person) ?? '',
        email: fn.person?.email ?? null,
        phone: fn.person?.phone ?? null,
        functionType: fn.functionType,
        validFrom: fn.validFrom,
        validUntil: fn.validUntil,
      }))
      .sort((a, b) => CONTACT_FUNCTIONS.indexOf(a.functionType) - CONTACT_FUNCTIONS.indexOf(b.functionType));
  }

  private async loadCounts(allianceId: string): Promise<AllianceCountsDto> {
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM activity WHERE alliance_id = $1 AND archived_at IS NULL)::int AS activities,
         (SELECT count(*) FROM project WHERE alliance_id = $1 AND archived_at IS NULL)::int AS projects,
         (SELECT count(*) FROM event WHERE alliance_id = $1 AND archived_at IS NULL)::int AS events,
         (SELECT count(*) FROM deployment WHERE alliance_id = $1 AND archived_at IS NULL)::int AS deployments,
         (SELECT count(*) FROM declaration WHERE alliance_id = $1 AND archived_at IS NULL)::int AS declarations`,
      [allianceId],
    );
    const counts = row as Record<keyof AllianceCountsDto, number>;
    return {
      activities: counts.activities,
      projects: counts.projects,
      events: counts.events,
      deployments: counts.deployments,
      declarations: counts.declarations,
    };
  }
}
