import {
  DEPLOYMENT_MODES,
  DEPLOYMENT_TYPES,
  DEPLOYMENT_TYPE_LABELS,
  GOAL_REACHED_LABELS,
  GOAL_REACHED_VALUES,
  MENTOR_STATUSES,
  MENTOR_STATUS_LABELS,
  MODE_LABELS,
  REQUEST_CHANNELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_OCCASIONS,
  REQUEST_OCCASION_LABELS,
} from '@bn/shared/contracts';
import { FigureInput, Figures, num } from './figure-source';
import { inLaender, PARAMS_CTE, sqlParameters } from './report-parameters';
import { countTable, decimal, integer, round, share, text } from './report-table';
import { SUPPRESSED } from './suppression';

/**
 * Mentors of the report: not archived, qualified on or before the Stichtag (or still in
 * qualification), with their Land: the home Gemeinde's, else the home alliance's.
 */
const MENTORS = `
  m AS (
    SELECT mp.id, mp.status, coalesce(g.land_code, ha.land_code) AS land_code
    FROM mentor_profile mp
    LEFT JOIN gemeinde g ON g.ags = mp.home_gemeinde_ags
    LEFT JOIN alliance ha ON ha.id = mp.home_alliance_id
    CROSS JOIN p
    WHERE mp.archived_at IS NULL AND (mp.qualified_since IS NULL OR mp.qualified_since <= p.st)
      AND (p.laender IS NULL OR coalesce(g.land_code, ha.land_code)::text = ANY(p.laender)))`;

/**
 * Deployments of the period: not archived or cancelled, with at least one session held in the period;
 * sessions, hours and travel summed over those sessions. Land: the alliance's.
 */
const DEPLOYMENTS = `
  d AS (
    SELECT dp.id, dp.deployment_type, dp.mode, al.land_code,
           count(s.id) AS sessions, sum(s.hours) AS hours, sum(s.prep_hours) AS prep_hours,
           sum(s.travel_hours) AS travel_hours, sum(s.travel_km) AS travel_km,
           (SELECT count(*) FROM deployment_mentor dm WHERE dm.deployment_id = dp.id) AS mentors
    FROM deployment dp
    JOIN alliance al ON al.id = dp.alliance_id
    CROSS JOIN p
    JOIN deployment_session s ON s.deployment_id = dp.id AND s.held_on BETWEEN p.d_from AND p.d_to
    WHERE dp.archived_at IS NULL AND dp.status <> 'STORNIERT' AND ${inLaender('al.land_code')}
    GROUP BY dp.id, al.land_code)`;

/** Mentoring-Bericht (domain-research §3.1 B): fourteen tables from seven aggregate queries. */
export async function mentoringBerichtFigures(input: FigureInput): Promise<Figures> {
  const { query, parameters } = input;
  const params = sqlParameters(parameters);
  const steps = 7;
  let done = 0;
  const step = async (): Promise<void> => input.progress(Math.round((++done / steps) * 100));

  // 1. Mentors by status and Land
  const mentors = await query<{ status: string; land_code: string | null; n: string }>(
    `WITH ${PARAMS_CTE}, ${MENTORS} SELECT status, land_code, count(*) AS n FROM m GROUP BY status, land_code`,
    params,
  );
  await step();
  // 2. Mentors by specialty (several per mentor)
  const specialties = await query<{ code: string; name: string; n: string }>(
    `WITH ${PARAMS_CTE}, ${MENTORS}
     SELECT f.code, f.name, count(m.id) AS n
     FROM fachgebiet f LEFT JOIN mentor_specialty ms ON ms.fachgebiet_code = f.code LEFT JOIN m ON m.id = ms.mentor_id
     GROUP BY f.code, f.name, f.sort_order ORDER BY f.sort_order, f.code`,
    params,
  );
  await step();
  // 3. Requests received in the period; assigned = first accepted offer or first deployment, whichever came first
  const requests = await query<{ channel: string; occasion: string; land_code: string; status: string; matched: boolean; n: string }>(
    `WITH ${PARAMS_CTE}
     SELECT r.channel, r.occasion, al.land_code, r.status,
            (EXISTS (SELECT 1 FROM match_proposal mp WHERE mp.request_id = r.id AND mp.response = 'ZUGESAGT')
             OR EXISTS (SELECT 1 FROM deployment dp WHERE dp.request_id = r.id AND dp.archived_at IS NULL)) AS matched,
            count(*) AS n
     FROM mentoring_request r JOIN alliance al ON al.id = r.alliance_id CROSS JOIN p
     WHERE r.archived_at IS NULL AND r.received_on BETWEEN p.d_from AND p.d_to AND ${inLaender('al.land_code')}
     GROUP BY 1, 2, 3, 4, 5`,
    params,
  );
  await step();
  // 4. Days from receipt to assignment (median, mean)
  const [timing] = await query<{ n: string; median: string | null; mean: string | null }>(
    `WITH ${PARAMS_CTE},
       assigned AS (
         SELECT r.received_on,
                least((SELECT min((mp.responded_at AT TIME ZONE 'Europe/Berlin')::date) FROM match_proposal mp
                        WHERE mp.request_id = r.id AND mp.response = 'ZUGESAGT'),
                      (SELECT min((dp.created_at AT TIME ZONE 'Europe/Berlin')::date) FROM deployment dp
                        WHERE dp.request_id = r.id AND dp.archived_at IS NULL)) AS assigned_on
         FROM mentoring_request r JOIN alliance al ON al.id = r.alliance_id CROSS JOIN p
         WHERE r.archived_at IS NULL AND r.received_on BETWEEN p.d_from AND p.d_to AND ${inLaender('al.land_code')})
     SELECT count(*) AS n,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(assigned_on - received_on, 0)) AS median,
            avg(greatest(assigned_on - received_on, 0)) AS mean
     FROM assigned WHERE assigned_on IS NOT NULL`,
    params,
  );
  await step();
  // 5. Deployments of the period by Land, type and mode
  const deployments = await query<Record<string, string>>(
    `WITH ${PARAMS_CTE}, ${DEPLOYMENTS}
     SELECT land_code, deployment_type, mode, count(*) AS n, sum(sessions) AS sessions, sum(hours) AS hours,
            sum(prep_hours) AS prep_hours, sum(travel_hours) AS travel_hours, sum(travel_km) AS travel_km,
            count(*) FILTER (WHERE mentors >= 2) AS tandems
     FROM d GROUP BY land_code, deployment_type, mode`,
    params,
  );
  await step();
  // 6. Deployments of the period by specialty (several per deployment)
  const bySpecialty = await query<{ code: string; name: string; n: string; hours: string | null }>(
    `WITH ${PARAMS_CTE}, ${DEPLOYMENTS}
     SELECT f.code, f.name, count(d.id) AS n, sum(d.hours) AS hours
     FROM fachgebiet f LEFT JOIN deployment_specialty ds ON ds.fachgebiet_code = f.code LEFT JOIN d ON d.id = ds.deployment_id
     GROUP BY f.code, f.name, f.sort_order ORDER BY f.sort_order, f.code`,
    params,
  );
  await step();
  // 7. Feedback of the alliances received in the period
  const feedback = await query<Record<string, string | null>>(
    `WITH ${PARAMS_CTE}
     SELECT f.goal_reached, count(*) AS n,
            sum(f.satisfaction) AS satisfaction_sum, sum(f.usefulness) AS usefulness_sum
     FROM deployment_feedback f JOIN deployment dp ON dp.id = f.deployment_id AND dp.archived_at IS NULL
     JOIN alliance al ON al.id = dp.alliance_id CROSS JOIN p
     WHERE f.source = 'KOORDINATION' AND f.received_on BETWEEN p.d_from AND p.d_to AND ${inLaender('al.land_code')}
     GROUP BY f.goal_reached`,
    params,
  );
  const [medians] = await query<Record<string, string | null>>(
    `WITH ${PARAMS_CTE}
     SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY f.satisfaction) AS satisfaction,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY f.usefulness) AS usefulness
     FROM deployment_feedback f JOIN deployment dp ON dp.id = f.deployment_id AND dp.archived_at IS NULL
     JOIN alliance al ON al.id = dp.alliance_id CROSS JOIN p
     WHERE f.source = 'KOORDINATION' AND f.received_on BETWEEN p.d_from AND p.d_to AND ${inLaender('al.land_code')}`,
    params,
  );
  await step();

  const laender = input.laender;
  const mentorCount = (filter: (r: (typeof mentors)[number]) => boolean): number => mentors.filter(filter).reduce((s, r) => s + num(r.n), 0);
  const requestCount = (filter: (r: (typeof requests)[number]) => boolean): number => requests.filter(filter).reduce((s, r) => s + num(r.n), 0);
  const deploymentSum = (filter: (r: Record<string, string>) => boolean, key: string): number =>
    deployments.filter(filter).reduce((s, r) => s + num(r[key]), 0);
  const deploymentRow = (label: string, filter: (r: Record<string, string>) => boolean): (string | number | null)[] => [
    label,
    deploymentSum(filter, 'n'),
    deploymentSum(filter, 'sessions'),
    round(deploymentSum(filter, 'hours'), 2),
  ];
  const deploymentColumns = [integer('einsaetze', 'Einsätze'), integer('termine', 'Termine'), decimal('stunden', 'Stunden')];
  const all = (): boolean => true;
  const requestsTotal = requestCount(all);
  const matched = requestCount((r) => r.matched);
  const feedbackN = feedback.reduce((s, r) => s + num(r['n']), 0);
  const feedbackSum = (key: string): number => feedback.reduce((s, r) => s + num(r[key]), 0);
  const enoughFeedback = feedbackN >= 3;

  const tables = [
    countTable({
      key: 'mentoren_nach_status',
      title: 'Mentor:innen nach Status',
      description: 'Mentor:innen (aktueller Status; qualifiziert bis zum Stichtag oder in Qualifizierung).',
      columns: [text('status', 'Status'), integer('mentoren', 'Mentor:innen')],
      rows: MENTOR_STATUSES.map((s) => [MENTOR_STATUS_LABELS[s], mentorCount((r) => r.status === s)]),
      total: true,
      personColumns: [1],
    }),
    countTable({
      key: 'mentoren_nach_land',
      title: 'Mentor:innen nach Land',
      description: 'Dieselben Mentor:innen nach Land ihres Wohn- bzw. Heimatorts (Gemeinde, sonst Heimatbündnis).',
      columns: [text('land', 'Land'), integer('mentoren', 'Mentor:innen')],
      rows: [
        ...laender.map((l) => [l.name, mentorCount((r) => r.land_code === l.code)]),
        ...(parameters.laender.length ? [] : [['ohne Angabe', mentorCount((r) => r.land_code === null)]]),
      ],
      total: true,
      personColumns: [1],
    }),
    countTable({
      key: 'mentoren_nach_fachgebiet',
      title: 'Mentor:innen nach Fachgebiet',
      description: 'Dieselben Mentor:innen je Fachgebiet; Mehrfachnennungen möglich, daher ohne Summe.',
      columns: [text('fachgebiet', 'Fachgebiet'), integer('mentoren', 'Mentor:innen')],
      rows: specialties.map((f) => [`${f.code} ${f.name}`, num(f.n)]),
      personColumns: [1],
    }),
    countTable({
      key: 'anfragen_nach_kanal',
      title: 'Anfragen im Zeitraum nach Eingangskanal',
      description: 'Mentoring-Anfragen mit Eingangsdatum im Zeitraum je Eingangskanal.',
      columns: [text('kanal', 'Eingangskanal'), integer('anfragen', 'Anfragen')],
      rows: REQUEST_CHANNELS.map((c) => [REQUEST_CHANNEL_LABELS[c], requestCount((r) => r.channel === c)]),
      total: true,
    }),
    countTable({
      key: 'anfragen_nach_anlass',
      title: 'Anfragen im Zeitraum nach Anlass',
      description: 'Mentoring-Anfragen mit Eingangsdatum im Zeitraum je Anlass bzw. Phase; vermittelt = mit Zusage einer Mentorin/eines Mentors oder mit Einsatz.',
      columns: [text('anlass', 'Anlass'), integer('anfragen', 'Anfragen'), integer('vermittelt', 'vermittelt')],
      rows: REQUEST_OCCASIONS.map((o) => [REQUEST_OCCASION_LABELS[o], requestCount((r) => r.occasion === o), requestCount((r) => r.occasion === o && r.matched)]),
      total: true,
    }),
    countTable({
      key: 'anfragen_nach_land',
      title: 'Anfragen im Zeitraum nach Land',
      description: 'Mentoring-Anfragen mit Eingangsdatum im Zeitraum je Land des anfragenden Bündnisses.',
      columns: [text('land', 'Land'), integer('anfragen', 'Anfragen'), integer('vermittelt', 'vermittelt')],
      rows: laender.map((l) => [l.name, requestCount((r) => r.land_code === l.code), requestCount((r) => r.land_code === l.code && r.matched)]),
      total: true,
      chart: { type: 'bar', categoryColumn: 'land', valueColumn: 'anfragen' },
    }),
    countTable({
      key: 'vermittlung',
      title: 'Vermittlung der Anfragen',
      description: 'Anfragen mit Eingangsdatum im Zeitraum: Anteil vermittelt und Tage vom Eingang bis zur Zuweisung (erste Zusage oder erster Einsatz).',
      columns: [text('kennzahl', 'Kennzahl'), decimal('wert', 'Wert')],
      rows: [
        ['Anfragen im Zeitraum', requestsTotal],
        ['davon vermittelt', matched],
        ['Anteil vermittelt (%)', share(matched, requestsTotal)],
        ['davon nicht vermittelbar', requestCount((r) => r.status === 'NICHT_VERMITTELBAR')],
        ['davon storniert', requestCount((r) => r.status === 'STORNIERT')],
        ['Tage bis zur Zuweisung (Median)', round(timing?.median)],
        ['Tage bis zur Zuweisung (Mittelwert)', round(timing?.mean)],
      ],
    }),
    countTable({
      key: 'einsaetze_nach_land',
      title: 'Einsätze im Zeitraum nach Land',
      description: 'Einsätze (nicht storniert) mit mindestens einem Termin im Zeitraum je Land des Bündnisses; Termine und Stunden im Zeitraum.',
      columns: [text('land', 'Land'), ...deploymentColumns],
      rows: laender.map((l) => deploymentRow(l.name, (r) => r['land_code'] === l.code)),
      total: true,
      chart: { type: 'bar', categoryColumn: 'land', valueColumn: 'einsaetze' },
    }),
    countTable({
      key: 'einsaetze_nach_art',
      title: 'Einsätze im Zeitraum nach Einsatzart',
      description: 'Dieselben Einsätze je Einsatzart.',
      columns: [text('art', 'Einsatzart'), ...deploymentColumns],
      rows: DEPLOYMENT_TYPES.map((t) => deploymentRow(DEPLOYMENT_TYPE_LABELS[t], (r) => r['deployment_type'] === t)),
      total: true,
    }),
    countTable({
      key: 'einsaetze_nach_modus',
      title: 'Einsätze im Zeitraum nach Modus',
      description: 'Dieselben Einsätze je Modus (telefonisch, vor Ort, online, hybrid, schriftlich).',
      columns: [text('modus', 'Modus'), ...deploymentColumns],
      rows: DEPLOYMENT_MODES.map((m) => deploymentRow(MODE_LABELS[m], (r) => r['mode'] === m)),
      total: true,
      chart: { type: 'bar', categoryColumn: 'modus', valueColumn: 'einsaetze' },
    }),
    countTable({
      key: 'einsaetze_nach_fachgebiet',
      title: 'Einsätze im Zeitraum nach Fachgebiet',
      description: 'Dieselben Einsätze je Fachgebiet; Mehrfachnennungen möglich, daher ohne Summe.',
      columns: [text('fachgebiet', 'Fachgebiet'), integer('einsaetze', 'Einsätze'), decimal('stunden', 'Stunden')],
      rows: bySpecialty.map((f) => [`${f.code} ${f.name}`, num(f.n), round(num(f.hours), 2)]),
    }),
    countTable({
      key: 'einsatzaufwand',
      title: 'Aufwand der Einsätze im Zeitraum',
      description: 'Summen über die Termine im Zeitraum; Tandem = Einsatz mit mindestens zwei Mentor:innen.',
      columns: [text('kennzahl', 'Kennzahl'), decimal('wert', 'Wert')],
      rows: [
        ['Einsätze', deploymentSum(all, 'n')],
        ['Termine', deploymentSum(all, 'sessions')],
        ['Stunden Durchführung', round(deploymentSum(all, 'hours'), 2)],
        ['Stunden Vor- und Nachbereitung', round(deploymentSum(all, 'prep_hours'), 2)],
        ['Stunden Reisezeit', round(deploymentSum(all, 'travel_hours'), 2)],
        ['Reise-km', round(deploymentSum(all, 'travel_km'), 1)],
        ['Tandem-Einsätze', deploymentSum(all, 'tandems')],
        ['Anteil Tandem-Einsätze (%)', share(deploymentSum(all, 'tandems'), deploymentSum(all, 'n'))],
      ],
    }),
    {
      key: 'rueckmeldungen',
      title: 'Rückmeldungen der Bündnisse',
      description: 'Rückmeldungen der Bündniskoordination mit Eingang im Zeitraum (Skala 1 = niedrig bis 5 = hoch); Mittelwert und Median nur ab 3 Rückmeldungen.',
      columns: [text('kriterium', 'Kriterium'), integer('n', 'n'), decimal('mittelwert', 'Mittelwert'), decimal('median', 'Median')],
      rows: [
        ['Zufriedenheit', enoughFeedback || feedbackN === 0 ? feedbackN : SUPPRESSED, enoughFeedback ? round(feedbackSum('satisfaction_sum') / feedbackN, 2) : null, enoughFeedback ? round(medians?.['satisfaction'], 1) : null],
        ['Nützlichkeit', enoughFeedback || feedbackN === 0 ? feedbackN : SUPPRESSED, enoughFeedback ? round(feedbackSum('usefulness_sum') / feedbackN, 2) : null, enoughFeedback ? round(medians?.['usefulness'], 1) : null],
      ],
    },
    countTable({
      key: 'rueckmeldungen_ziel',
      title: 'Ziel des Einsatzes erreicht',
      description: 'Dieselben Rückmeldungen nach der Antwort auf „Ziel erreicht?"; „Insgesamt" = n.',
      columns: [text('antwort', 'Antwort'), integer('rueckmeldungen', 'Rückmeldungen')],
      rows: [
        ...GOAL_REACHED_VALUES.map((g) => [GOAL_REACHED_LABELS[g], num(feedback.find((r) => r['goal_reached'] === g)?.['n'])]),
        ['ohne Angabe', num(feedback.find((r) => r['goal_reached'] === null)?.['n'])],
      ],
      total: true,
      personColumns: [1],
    }),
  ];
  return {
    tables,
    notes: [
      'Mentor:innen: aktueller Status (eine Statushistorie wird nicht geführt). Anfragen nach Eingangsdatum, Einsätze nach Terminen und Rückmeldungen nach Eingang im Zeitraum.',
      'Rückmeldungen: nur die der Bündniskoordination; Selbsteinschätzungen der Mentor:innen sind nicht enthalten.',
    ],
  };
}
