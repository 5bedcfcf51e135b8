import { TestApp } from '../support/test-app';

/** Rows for the search tests, inserted with SQL (search has no write endpoints of its own). */
export class SearchFixtures {
  private allianceCount = 0;

  constructor(
    private readonly app: TestApp,
    private readonly tag: string,
  ) {}

  private async insert(sql: string, params: unknown[]): Promise<string> {
    const rows: { id: string }[] = await this.app.dataSource.query(sql, params);
    return rows[0].id;
  }

  organisation(
    name: string,
    options: { city?: string; archived?: boolean } = {},
  ): Promise<string> {
    return this.insert(
      `INSERT INTO organisation (name, sector, actor_type, city, archived_at) VALUES ($1, 'WIRTSCHAFT', 'UNTERNEHMEN', $2, $3) RETURNING id`,
      [name, options.city ?? null, options.archived ? new Date() : null],
    );
  }

  alliance(
    name: string,
    options: { archived?: boolean; shortName?: string } = {},
  ): Promise<string> {
    this.allianceCount += 1;
    return this.insert(
      `INSERT INTO alliance (code, name, short_name, status, land_code, kreis_ags, gemeinde_ags, territorial_level, archived_at)
       VALUES ($1, $2, $3, 'AKTIV', '03', '03155', '03155010', 'GEMEINDE', $4) RETURNING id`,
      [
        `S-${this.tag}-${this.allianceCount}`,
        name,
        options.shortName ?? null,
        options.archived ? new Date() : null,
      ],
    );
  }

  person(
    firstName: string,
    lastName: string,
    options: { email?: string; archived?: boolean } = {},
  ): Promise<string> {
    return this.insert(
      `INSERT INTO person (first_name, last_name, email, data_source, archived_at) VALUES ($1, $2, $3, 'SERVICEBUERO', $4) RETURNING id`,
      [
        firstName,
        lastName,
        options.email ?? null,
        options.archived ? new Date() : null,
      ],
    );
  }

  personFunction(
    personId: string,
    functionType: string,
    organisationId: string,
  ): Promise<string> {
    return this.insert(
      `INSERT INTO person_function (person_id, function_type, organisation_id) VALUES ($1, $2, $3) RETURNING id`,
      [personId, functionType, organisationId],
    );
  }

  mentor(
    personId: string,
    options: { homeGemeindeAgs?: string; archived?: boolean } = {},
  ): Promise<string> {
    return this.insert(
      `INSERT INTO mentor_profile (person_id, status, modes, capacity_per_quarter, home_gemeinde_ags, archived_at)
       VALUES ($1, 'AKTIV', '{ONLINE}', 2, $2, $3) RETURNING id`,
      [
        personId,
        options.homeGemeindeAgs ?? null,
        options.archived ? new Date() : null,
      ],
    );
  }
}
