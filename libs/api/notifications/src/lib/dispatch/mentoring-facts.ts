import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeploymentStatus, DeploymentType, DesiredMode, RequestOccasion } from '@bn/shared/contracts';

export interface RequestFacts {
  id: string;
  allianceId: string;
  allianceName: string;
  landName: string;
  occasion: RequestOccasion;
  desiredMode: DesiredMode;
  desiredFrom: string | null;
  desiredUntil: string | null;
  receivedOn: string;
  specialties: string[];
}

export interface DeploymentFacts {
  id: string;
  allianceId: string;
  allianceName: string;
  deploymentType: DeploymentType;
  status: DeploymentStatus;
  mentorIds: string[];
  mentorNames: string[];
  lastSessionOn: string | null;
}

/** The facts a notification about a request or deployment needs, each in one statement. */
@Injectable()
export class MentoringFacts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async request(requestId: string): Promise<RequestFacts | null> {
    const rows: RequestFacts[] = await this.dataSource.query(
      `SELECT r.id, r.alliance_id AS "allianceId", a.name AS "allianceName", l.name AS "landName", r.occasion,
              r.desired_mode AS "desiredMode", to_char(r.desired_from, 'YYYY-MM-DD') AS "desiredFrom",
              to_char(r.desired_until, 'YYYY-MM-DD') AS "desiredUntil", to_char(r.received_on, 'YYYY-MM-DD') AS "receivedOn",
              ARRAY(SELECT f.name FROM request_specialty rs JOIN fachgebiet f ON f.code = rs.fachgebiet_code
                     WHERE rs.request_id = r.id ORDER BY f.sort_order, f.name) AS specialties
         FROM mentoring_request r JOIN alliance a ON a.id = r.alliance_id JOIN land l ON l.code = a.land_code
        WHERE r.id = $1`,
      [requestId],
    );
    return rows[0] ?? null;
  }

  async mentorName(mentorId: string): Promise<string | null> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT concat_ws(' ', p.first_name, p.last_name) AS name FROM mentor_profile m JOIN person p ON p.id = m.person_id WHERE m.id = $1`,
      [mentorId],
    );
    return rows[0]?.name ?? null;
  }

  async deployment(deploymentId: string): Promise<DeploymentFacts | null> {
    const rows: DeploymentFacts[] = await this.dataSource.query(
      `SELECT d.id, d.alliance_id AS "allianceId", a.name AS "allianceName", d.deployment_type AS "deploymentType", d.status,
              ARRAY(SELECT dm.mentor_id FROM deployment_mentor dm WHERE dm.deployment_id = d.id ORDER BY dm.is_lead DESC, dm.mentor_id) AS "mentorIds",
              ARRAY(SELECT concat_ws(' ', p.first_name, p.last_name) FROM deployment_mentor dm
                      JOIN mentor_profile m ON m.id = dm.mentor_id JOIN person p ON p.id = m.person_id
                     WHERE dm.deployment_id = d.id ORDER BY dm.is_lead DESC, dm.mentor_id) AS "mentorNames",
              (SELECT to_char(max(s.held_on), 'YYYY-MM-DD') FROM deployment_session s WHERE s.deployment_id = d.id) AS "lastSessionOn"
         FROM deployment d JOIN alliance a ON a.id = d.alliance_id
        WHERE d.id = $1`,
      [deploymentId],
    );
    return rows[0] ?? null;
  }
}
