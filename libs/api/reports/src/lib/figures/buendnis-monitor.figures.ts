import {
  ACTOR_TYPE_LABELS,
  ACTIVITY_TYPE_LABELS,
  ALLIANCE_STATUSES,
  ALLIANCE_STATUS_LABELS,
  ActorType,
  ActivityType,
  COMPANY_SIZES,
  COMPANY_SIZE_LABELS,
  EVENT_TYPES,
  EVENT_TYPE_LABELS,
  FUNDING_SOURCES,
  FUNDING_SOURCE_LABELS,
  SECTOR_LABELS,
  Sector,
} from '@bn/shared/contracts';
import { FigureInput, Figures, num } from './figure-source';
import { inLaender, PARAMS_CTE, sqlParameters } from './report-parameters';
import { countTable, decimal, integer, percent, round, share, text } from './report-table';

/**
 * Alliances known at the Stichtag with their status then: the latest status change on or before the
 * Stichtag (alliances whose first recorded status lies after it did not exist yet). Archived records
 * and Länder outside the selection are left out. Kreis: the alliance's Kreis or its Gemeinde's.
 */
const ALLIANCES_AT_STICHTAG = `
  st AS (
    SELECT DISTINCT ON (c.alliance_id) c.alliance_id, c.to_status
    FROM alliance_status_change c, p WHERE c.changed_on <= p.st
    ORDER BY c.alliance_id, c.changed_on DESC, c.created_at DESC),
  a AS (
    SELECT al.id, al.land_code, coalesce(al.kreis_ags, left(al.gemeinde_ags, 5)) AS kreis_ags, al.covered_ags, st.to_status AS status
    FROM alliance al JOIN st ON st.alliance_id = al.id CROSS JOIN p
    WHERE al.archived_at IS NULL AND ${inLaender('al.land_code')})`;

/** Statuses in which an alliance still exists (partners and projects count for these). */
const EXISTING = `('IN_GRUENDUNG', 'AKTIV', 'RUHEND')`;

/** Bündnis-Monitor (domain-research §3.1 A): thirteen tables from nine aggregate queries. */
export async function buendnisMonitorFigures(input: FigureInput): Promise<Figures> {
  const { query, parameters } = input;
  const params = sqlParameters(parameters);
  const steps = 9;
  let done = 0;
  const step = async (): Promise<void> => input.progress(Math.round((++done / steps) * 100));

  // 1. Status × Land at the Stichtag
  const byStatus = await query<{ land_code: string; status: string; n: string }>(
    `WITH ${PARAMS_CTE}, ${ALLIANCES_AT_STICHTAG}
     SELECT land_code, status, count(*) AS n FROM a GROUP BY land_code, status`,
    params,
  );
  await step();
  const count = (land: string | null, status: string | null): number =>
    byStatus.filter((r) => (land === null || r.land_code === land) && (status === null || r.status === status)).reduce((s, r) => s + num(r.n), 0);

  // 2. Transitions in the period
  const transitions = await query<{ land_code: string; kind: string; n: string }>(
    `WITH ${PARAMS_CTE}
     SELECT al.land_code,
            CASE WHEN c.to_status = 'AKTIV' AND c.from_status = 'RUHEND' THEN 'REAKTIVIERUNG'
                 WHEN c.to_status = 'AKTIV' THEN 'GRUENDUNG'
                 WHEN c.to_status = 'AUFGELOEST' THEN 'AUFLOESUNG'
                 ELSE 'FUSION' END AS kind,
            count(*) AS n
     FROM alliance_status_change c JOIN alliance al ON al.id = c.alliance_id CROSS JOIN p
     WHERE al.archived_at IS NULL AND ${inLaender('al.land_code')}
       AND c.changed_on BETWEEN p.d_from AND p.d_to
       AND c.to_status IN ('AKTIV', 'AUFGELOEST', 'FUSIONIERT')
       AND c.from_status IS DISTINCT FROM c.to_status
     GROUP BY 1, 2`,
    params,
  );
  await step();
  const transition = (land: string, kind: string): number => num(transitions.find((r) => r.land_code === land && r.kind === kind)?.n);

  // 3. Kreis coverage: Kreise/kreisfreie Städte with at least one active alliance at the Stichtag
  const coverage = await query<{ land_code: string; kreise: string; covered: string }>(
    `WITH ${PARAMS_CTE}, ${ALLIANCES_AT_STICHTAG},
       covered AS (
         SELECT kreis_ags AS ags FROM a WHERE status = 'AKTIV' AND kreis_ags IS NOT NULL
         UNION SELECT left(x, 5) FROM a CROSS JOIN unnest(a.covered_ags) AS x WHERE a.status = 'AKTIV')
     SELECT k.land_code, count(*) AS kreise, count(covered.ags) AS covered
     FROM kreis k CROSS JOIN p LEFT JOIN covered ON covered.ags = k.ags
     WHERE ${inLaender('k.land_code')}
     GROUP BY k.land_code`,
    params,
  );
  await step();

  // 4. Partners at the Stichtag: organisations with a current partnership of an existing alliance
  const partners = await query<{ sector: Sector; actor_type: ActorType; company_size: string | null; organisations: string; partnerships: string }>(
    `WITH ${PARAMS_CTE}, ${ALLIANCES_AT_STICHTAG}
     SELECT o.sector, o.actor_type, o.company_size, count(DISTINCT o.id) AS organisations, count(*) AS partnerships
     FROM partnership pa
     JOIN a ON a.id = pa.alliance_id AND a.status IN ${EXISTING}
     JOIN organisation o ON o.id = pa.organisation_id AND o.archived_at IS NULL
     CROSS JOIN p
     WHERE pa.archived_at IS NULL AND (pa.since IS NULL OR pa.since <= p.st) AND (pa.until IS NULL OR pa.until >= p.st)
     GROUP BY o.sector, o.actor_type, o.company_size`,
    params,
  );
  await step();

  // 5. Handlungsfelder (canonical, older taxonomy versions mapped): active alliances and running projects
  const fields = await query<{ code: string; name: string; alliances: string; projects: string }>(
    `WITH ${PARAMS_CTE}, ${ALLIANCES_AT_STICHTAG},
       to_kanon AS (
         SELECT h.id AS source_id, h.id AS target_id FROM handlungsfeld h WHERE h.taxonomy_version = 'KANON'
         UNION SELECT m.source_id, m.target_id FROM handlungsfeld_mapping m),
       running AS (
         SELECT pr.id FROM project pr JOIN a ON a.id = pr.alliance_id AND a.status IN ${EXISTING} CROSS JOIN p
         WHERE pr.archived_at IS NULL AND (pr.starts_on IS NULL OR pr.starts_on <= p.d_to)
           AND (pr.ends_on IS NULL OR pr.ends_on >= p.d_from)),
       af AS (
         SELECT DISTINCT t.target_id, ah.alliance_id FROM alliance_handlungsfeld ah
         JOIN to_kanon t ON t.source_id = ah.handlungsfeld_id JOIN a ON a.id = ah.alliance_id AND a.status = 'AKTIV'),
       pf AS (
         SELECT DISTINCT t.target_id, ph.project_id FROM project_handlungsfeld ph
         JOIN to_kanon t ON t.source_id = ph.handlungsfeld_id JOIN running r ON r.id = ph.project_id)
     SELECT k.code, k.name,
            (SELECT count(*) FROM af WHERE af.target_id = k.id) AS alliances,
            (SELECT count(*) FROM pf WHERE pf.target_id = k.id) AS projects
     FROM handlungsfeld k WHERE k.taxonomy_version = 'KANON' ORDER BY k.sort_order, k.code`,
    params,
  );
  await step();

  // 6. Activities in the period by type (GROUPING SETS: the total row counts alliances once)
  const activities = await query<{ activity_type: ActivityType | null; activities: string; alliances: string }>(
    `WITH ${PARAMS_CTE}
     SELECT ac.activity_type, count(*) AS activities, count(DISTINCT ac.alliance_id) AS alliances
     FROM activity ac JOIN alliance al ON al.id = ac.alliance_id AND al.archived_at IS NULL CROSS JOIN p
     WHERE ac.archived_at IS NULL AND ac.occurred_on BETWEEN p.d_from AND p.d_to AND ${inLaender('al.land_code')}
     GROUP BY GROUPING SETS ((ac.activity_type), ())`,
    params,
  );
  await step();

  // 7. Per active alliance: activities, network meetings and running projects in the period
  const perAlliance = await query<Record<string, string | null>>(
    `WITH ${PARAMS_CTE}, ${ALLIANCES_AT_STICHTAG},
       x AS (
         SELECT a.id,
                (SELECT count(*) FROM activity ac WHERE ac.alliance_id = a.id AND ac.archived_at IS NULL
                   AND ac.occurred_on BETWEEN p.d_from AND p.d_to) AS activities,
                (SELECT count(*) FROM activity ac WHERE ac.alliance_id = a.id AND ac.archived_at IS NULL
                   AND ac.activity_type = 'NETZWERKTREFFEN' AND ac.occurred_on BETWEEN p.d_from AND p.d_to) AS meetings,
                (SELECT count(*) FROM project pr WHERE pr.alliance_id = a.id AND pr.archived_at IS NULL
                   AND (pr.starts_on IS NULL OR pr.starts_on <= p.d_to) AND (pr.ends_on IS NULL OR pr.ends_on >= p.d_from)) AS projects
         FROM a CROSS JOIN p WHERE a.status = 'AKTIV')
     SELECT count(*) AS active,
            count(*) FILTER (WHERE activities > 0) AS with_activity,
            count(*) FILTER (WHERE meetings >= 2) AS two_meetings,
            avg(activities) AS activities_mean,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY activities) AS activities_median,
            avg(projects) AS projects_mean,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY projects) AS projects_median
     FROM x`,
    params,
  );
  await step();

  // 8. Events in the period by type: number and participants (persons); Land of the alliance or the place
  const events = await query<{ event_type: string; events: string; participants: string }>(
    `WITH ${PARAMS_CTE}
     SELECT e.event_type, count(*) AS events, coalesce(sum(e.participants_count), 0) AS participants
     FROM event e LEFT JOIN alliance al ON al.id = e.alliance_id LEFT JOIN gemeinde g ON g.ags = e.gemeinde_ags CROSS JOIN p
     WHERE e.archived_at IS NULL AND e.starts_on BETWEEN p.d_from AND p.d_to
       AND (p.laender IS NULL OR coalesce(al.land_code, g.land_code)::text = ANY(p.laender))
     GROUP BY e.event_type`,
    params,
  );
  await step();

  // 9. Running projects by funding source (several sources per project possible)
  const funding = await query<{ source: string | null; projects: string }>(
    `WITH ${PARAMS_CTE}, ${ALLIANCES_AT_STICHTAG},
       running AS (
         SELECT pr.id, pr.funding_sources FROM project pr JOIN a ON a.id = pr.alliance_id AND a.status IN ${EXISTING} CROSS JOIN p
         WHERE pr.archived_at IS NULL AND (pr.starts_on IS NULL OR pr.starts_on <= p.d_to) AND (pr.ends_on IS NULL OR pr.ends_on >= p.d_from))
     SELECT s.source, count(DISTINCT r.id) AS projects
     FROM running r
     CROSS JOIN LATERAL unnest(CASE WHEN cardinality(r.funding_sources) = 0 THEN ARRAY['OHNE']::varchar[] ELSE r.funding_sources END) AS s(source)
     GROUP BY GROUPING SETS ((s.source), ())`,
    params,
  );
  await step();

  const laender = input.laender;
  const statusColumns = ALLIANCE_STATUSES.map((s) => integer(s.toLowerCase(), ALLIANCE_STATUS_LABELS[s]));
  const activeTotal = count(null, 'AKTIV');
  const perRow = perAlliance[0] ?? {};
  const partnerRows = partners;
  const sumPartners = (filter: (r: (typeof partners)[number]) => boolean, key: 'organisations' | 'partnerships'): number =>
    partnerRows.filter(filter).reduce((s, r) => s + num(r[key]), 0);
  const isPerson = (r: (typeof partners)[number]): boolean => r.actor_type === 'EINZELPERSON';
  const actorKeys = [...new Set(partnerRows.filter((r) => !isPerson(r)).map((r) => `${r.sector}|${r.actor_type}`))].sort((x, y) => {
    const [sx, ax] = x.split('|');
    const [sy, ay] = y.split('|');
    const sectors = Object.keys(SECTOR_LABELS);
    const actors = Object.keys(ACTOR_TYPE_LABELS);
    return sectors.indexOf(sx) - sectors.indexOf(sy) || actors.indexOf(ax) - actors.indexOf(ay);
  });
  const companies = partnerRows.filter((r) => r.actor_type === 'UNTERNEHMEN');
  const totalActivities = activities.find((r) => r.activity_type === null);
  const totalFunding = funding.find((r) => r.source === null);

  const tables = [
    countTable({
      key: 'buendnisse_nach_status',
      title: 'Bündnisse nach Status am Stichtag',
      description: 'Zahl der Bündnisse je Status am Stichtag (letzte Statusänderung bis zum Stichtag); „Insgesamt" = alle bis zum Stichtag erfassten Bündnisse.',
      columns: [text('status', 'Status'), integer('buendnisse', 'Bündnisse')],
      rows: ALLIANCE_STATUSES.map((s) => [ALLIANCE_STATUS_LABELS[s], count(null, s)]),
      total: true,
      chart: { type: 'bar', categoryColumn: 'status', valueColumn: 'buendnisse' },
    }),
    countTable({
      key: 'buendnisse_nach_land',
      title: 'Bündnisse nach Land und Status',
      description: 'Zahl der Bündnisse am Stichtag je Land (Sitz des Bündnisses) und Status.',
      columns: [text('land', 'Land'), ...statusColumns, integer('insgesamt', 'Insgesamt')],
      rows: laender.map((l) => [l.name, ...ALLIANCE_STATUSES.map((s) => count(l.code, s)), count(l.code, null)]),
      total: true,
      chart: { type: 'bar', categoryColumn: 'land', valueColumn: 'aktiv' },
    }),
    countTable({
      key: 'entwicklung_im_zeitraum',
      title: 'Gründungen, Reaktivierungen und Auflösungen im Zeitraum',
      description:
        'Statuswechsel im Zeitraum je Land: Gründung = Wechsel zu „Aktiv" (nicht aus „Ruhend"), Reaktivierung = „Ruhend" → „Aktiv", Auflösung = Wechsel zu „Aufgelöst", Fusion = Wechsel zu „Fusioniert".',
      columns: [text('land', 'Land'), integer('gruendungen', 'Gründungen'), integer('reaktivierungen', 'Reaktivierungen'), integer('aufloesungen', 'Auflösungen'), integer('fusionen', 'Fusionen')],
      rows: laender.map((l) => [l.name, transition(l.code, 'GRUENDUNG'), transition(l.code, 'REAKTIVIERUNG'), transition(l.code, 'AUFLOESUNG'), transition(l.code, 'FUSION')]),
      total: true,
    }),
    (() => {
      const rows = laender.map((l) => {
        const row = coverage.find((r) => r.land_code === l.code);
        const kreise = num(row?.kreise);
        const covered = num(row?.covered);
        return [l.name, kreise, covered, share(covered, kreise)];
      });
      const kreise = rows.reduce((s, r) => s + (r[1] as number), 0);
      const covered = rows.reduce((s, r) => s + (r[2] as number), 0);
      return countTable({
        key: 'kreisabdeckung',
        title: 'Abdeckung der Kreise und kreisfreien Städte',
        description: 'Kreise und kreisfreie Städte mit mindestens einem am Stichtag aktiven Bündnis (Sitz oder abgedecktes Gebiet), je Land.',
        columns: [text('land', 'Land'), integer('kreise', 'Kreise/kreisfreie Städte'), integer('abgedeckt', 'mit aktivem Bündnis'), percent('anteil', 'Anteil')],
        rows,
        total: { overrides: { 3: share(covered, kreise) } },
      });
    })(),
    countTable({
      key: 'partner_nach_akteursart',
      title: 'Partnerorganisationen nach Sektor und Akteursart',
      description:
        'Organisationen mit einer am Stichtag bestehenden Partnerschaft mit einem bestehenden Bündnis (in Gründung, aktiv, ruhend); eine Organisation zählt einmal, Partnerschaften je Bündnis. Einzelpersonen als Partner sind gesondert ausgewiesen.',
      columns: [text('sektor', 'Sektor'), text('akteursart', 'Akteursart'), integer('organisationen', 'Organisationen'), integer('partnerschaften', 'Partnerschaften')],
      labelColumns: 2,
      rows: actorKeys.map((key) => {
        const [sector, actor] = key.split('|') as [Sector, ActorType];
        const match = (r: (typeof partners)[number]): boolean => r.sector === sector && r.actor_type === actor;
        return [SECTOR_LABELS[sector], ACTOR_TYPE_LABELS[actor], sumPartners(match, 'organisations'), sumPartners(match, 'partnerships')];
      }),
      total: true,
    }),
    countTable({
      key: 'partner_nach_sektor',
      title: 'Partnerorganisationen nach Sektor',
      description: 'Organisationen mit einer am Stichtag bestehenden Partnerschaft, je Sektor (ohne Einzelpersonen).',
      columns: [text('sektor', 'Sektor'), integer('organisationen', 'Organisationen'), integer('partnerschaften', 'Partnerschaften')],
      rows: (Object.keys(SECTOR_LABELS) as Sector[]).map((sector) => {
        const match = (r: (typeof partners)[number]): boolean => r.sector === sector && r.actor_type !== 'EINZELPERSON';
        return [SECTOR_LABELS[sector], sumPartners(match, 'organisations'), sumPartners(match, 'partnerships')];
      }),
      total: true,
      chart: { type: 'bar', categoryColumn: 'sektor', valueColumn: 'organisationen' },
    }),
    countTable({
      key: 'partner_einzelpersonen',
      title: 'Einzelpersonen und Familien als Partner',
      description: 'Partner der Akteursart „Einzelperson/Familie" am Stichtag; Personenzahlen, daher nicht in den Summen der Organisationen enthalten.',
      columns: [text('akteursart', 'Akteursart'), integer('personen', 'Einzelpersonen/Familien'), integer('partnerschaften', 'Partnerschaften')],
      rows: [[ACTOR_TYPE_LABELS.EINZELPERSON, sumPartners(isPerson, 'organisations'), sumPartners(isPerson, 'partnerships')]],
      personColumns: [1, 2],
    }),
    countTable({
      key: 'unternehmen_nach_groesse',
      title: 'Unternehmen unter den Partnern nach Größe',
      description: 'Partnerorganisationen der Akteursart „Unternehmen" am Stichtag nach Größenklasse (EU-Empfehlung 2003/361).',
      columns: [text('groesse', 'Größenklasse'), integer('unternehmen', 'Unternehmen')],
      rows: [
        ...COMPANY_SIZES.map((size) => [COMPANY_SIZE_LABELS[size], companies.filter((r) => r.company_size === size).reduce((s, r) => s + num(r.organisations), 0)]),
        ['ohne Angabe', companies.filter((r) => r.company_size === null).reduce((s, r) => s + num(r.organisations), 0)],
      ],
      total: true,
    }),
    countTable({
      key: 'handlungsfelder',
      title: 'Handlungsfelder',
      description:
        'Je Handlungsfeld (kanonische Liste; ältere Taxonomie-Versionen zugeordnet): am Stichtag aktive Bündnisse mit diesem Schwerpunkt, ihr Anteil an allen aktiven Bündnissen und im Zeitraum laufende Projekte. Mehrfachnennungen möglich.',
      columns: [text('handlungsfeld', 'Handlungsfeld'), integer('buendnisse', 'Aktive Bündnisse'), percent('anteil', 'Anteil an aktiven Bündnissen'), integer('projekte', 'Projekte')],
      rows: fields.map((f) => [`${f.code} ${f.name}`, num(f.alliances), share(num(f.alliances), activeTotal), num(f.projects)]),
      chart: { type: 'bar', categoryColumn: 'handlungsfeld', valueColumn: 'buendnisse' },
    }),
    countTable({
      key: 'aktivitaeten_nach_art',
      title: 'Aktivitäten im Zeitraum nach Art',
      description: 'Von den Bündnissen erfasste Aktivitäten im Zeitraum und Zahl der Bündnisse, die sie erfasst haben (in der Summe jedes Bündnis einmal).',
      columns: [text('art', 'Art'), integer('aktivitaeten', 'Aktivitäten'), integer('buendnisse', 'Bündnisse')],
      rows: (Object.keys(ACTIVITY_TYPE_LABELS) as ActivityType[]).map((t) => {
        const row = activities.find((r) => r.activity_type === t);
        return [ACTIVITY_TYPE_LABELS[t], num(row?.activities), num(row?.alliances)];
      }),
      total: { overrides: { 2: num(totalActivities?.alliances) } },
    }),
    countTable({
      key: 'aktivitaet_kennzahlen',
      title: 'Kennzahlen zur Bündnisarbeit',
      description: 'Bezogen auf die am Stichtag aktiven Bündnisse; Aktivitäten, Netzwerktreffen und Projekte im Zeitraum.',
      columns: [text('kennzahl', 'Kennzahl'), decimal('wert', 'Wert')],
      rows: [
        ['Aktive Bündnisse am Stichtag', num(perRow['active'])],
        ['davon mit mindestens einer Aktivität', num(perRow['with_activity'])],
        ['Anteil mit mindestens einer Aktivität (%)', share(num(perRow['with_activity']), num(perRow['active']))],
        ['davon mit mindestens zwei Netzwerktreffen', num(perRow['two_meetings'])],
        ['Anteil mit mindestens zwei Netzwerktreffen (%)', share(num(perRow['two_meetings']), num(perRow['active']))],
        ['Aktivitäten je aktivem Bündnis (Mittelwert)', round(perRow['activities_mean'])],
        ['Aktivitäten je aktivem Bündnis (Median)', round(perRow['activities_median'])],
        ['Laufende Projekte je aktivem Bündnis (Mittelwert)', round(perRow['projects_mean'])],
        ['Laufende Projekte je aktivem Bündnis (Median)', round(perRow['projects_median'])],
      ],
    }),
    countTable({
      key: 'veranstaltungen_nach_art',
      title: 'Veranstaltungen im Zeitraum nach Art',
      description: 'Veranstaltungen mit Beginn im Zeitraum (Bündnisse, Servicebüro, Ministerium, Landesnetzwerke, Dritte) und die Summe der gemeldeten Teilnehmenden.',
      columns: [text('art', 'Art'), integer('veranstaltungen', 'Veranstaltungen'), integer('teilnehmende', 'Teilnehmende')],
      rows: EVENT_TYPES.map((t) => {
        const row = events.find((r) => r.event_type === t);
        return [EVENT_TYPE_LABELS[t], num(row?.events), num(row?.participants)];
      }),
      total: true,
      personColumns: [2],
    }),
    countTable({
      key: 'projekte_nach_finanzierung',
      title: 'Laufende Projekte nach Finanzierungsquelle',
      description: 'Im Zeitraum laufende Projekte bestehender Bündnisse je Finanzierungsquelle; Mehrfachnennungen möglich, die Summe zählt jedes Projekt einmal.',
      columns: [text('quelle', 'Finanzierungsquelle'), integer('projekte', 'Projekte')],
      rows: [
        ...FUNDING_SOURCES.map((s) => [FUNDING_SOURCE_LABELS[s], num(funding.find((r) => r.source === s)?.projects)]),
        ['ohne Angabe', num(funding.find((r) => r.source === 'OHNE')?.projects)],
      ],
      total: { overrides: { 1: num(totalFunding?.projects) } },
    }),
  ];
  return {
    tables,
    notes: [
      'Status, Partnerschaften und Kreisabdeckung beziehen sich auf den Stichtag; Statuswechsel, Aktivitäten, Veranstaltungen und Projekte auf den Zeitraum.',
      'Partnerzahlen aus den Angaben der Bündnisse; Organisationen, Partnerschaften und engagierte Personen sind getrennte Größen.',
    ],
  };
}
