import { dayOf, isoDay, isoNoon, type Rng } from './prng';
import { insertRows, type Row } from './insert';
import { asciiFold, FIRST_NAMES_F, FIRST_NAMES_M, lastName } from './names';
import type { AllianceRef, BenchContext } from './generate';

/** Full-scale counts (QUALITY.md); quick scale divides them by 20 (with at least one per role). */
const FULL = { mentors: 40, activities: 80_000, events: 20_000, deployments: 20_000 };
const USER_ROLES = [['KOORDINATION', 250], ['MENTOR', 20], ['FACHBERATUNG', 20], ['LEITUNG', 5], ['MINISTERIUM', 3], ['ADMINISTRATION', 2]] as const;
const ACTIVITY_TYPES = [['NETZWERKTREFFEN', 25], ['LENKUNGSGRUPPENSITZUNG', 12], ['PROJEKTARBEIT', 15], ['VERANSTALTUNG', 10], ['PRESSE', 8], ['SOCIAL_MEDIA', 8], ['PARTNERAKQUISE', 6], ['FAMILIENBERATUNG', 5], ['FOERDERANTRAG', 4], ['BEDARFSANALYSE', 3], ['SONSTIGES', 4]] as const;
const EVENT_TYPES = ['GRUENDUNGSVERANSTALTUNG', 'UNTERZEICHNUNG', 'PLANUNGSTREFFEN', 'NETZWERKTREFFEN', 'GREMIENSITZUNG', 'FACHTAG', 'FAMILIENMESSE', 'AKTIONSTAG', 'FAMILIENFEST', 'INFOVERANSTALTUNG', 'UNTERNEHMENSDIALOG', 'PREISVERLEIHUNG', 'JUBILAEUM', 'ZUKUNFTSWERKSTATT', 'PRESSETERMIN'] as const;
const FEDERAL_EVENTS = ['ONLINE_SEMINAR', 'BUENDNISDIALOG', 'MENTORENTREFFEN'] as const;
/** §4.4 Einsatzart split mapped onto the deployment types of the schema. */
const DEPLOYMENT_TYPES = [['ERSTBERATUNG', 30], ['FOLGEBERATUNG', 10], ['GRUENDUNGSBEGLEITUNG', 15], ['MODERATION', 15], ['FACHVORTRAG', 15], ['UNTERNEHMENSANSPRACHE', 10], ['ZUKUNFTSWERKSTATT', 3], ['PEER_AUSTAUSCH', 1.5], ['JURY', 0.5]] as const;
const DEPLOYMENT_STATUS = [['ABGERECHNET', 55], ['ABGESCHLOSSEN', 15], ['FEEDBACK_ERHALTEN', 5], ['FEEDBACK_ANGEFRAGT', 4], ['BERICHT_FREIGEGEBEN', 4], ['BERICHT_EINGEREICHT', 4], ['BERICHT_ZURUECKGEGEBEN', 1], ['DURCHGEFUEHRT', 4], ['TERMINIERT', 4], ['ZUGEWIESEN', 2], ['VERSCHOBEN', 1], ['STORNIERT', 1]] as const;
const FACHGEBIETE = ['FG01', 'FG02', 'FG03', 'FG04', 'FG05', 'FG06', 'FG07', 'FG08', 'FG09', 'FG10', 'FG11', 'FG12'] as const;
const TODAY = dayOf(2026, 6, 30);
const START = dayOf(2011, 1, 1);

/** Activity weight per alliance status: active alliances log far more than dormant or dissolved ones. */
function workWeight(status: string): number {
  return status === 'AKTIV' ? 10 : status === 'RUHEND' ? 3 : status === 'IN_GRUENDUNG' ? 2 : status === 'INTERESSENT' ? 0.5 : 1.5;
}

/** A random day between the alliance's founding (not before 2011) and today. */
function dayFor(rng: Rng, alliance: AllianceRef): number {
  const from = Math.max(alliance.foundedDay, START);
  return rng.int(Math.min(from, TODAY - 1), TODAY);
}

/** Mentors, user accounts, activities, events and deployments (the "work" half of the data set). */
export async function generateWork(ctx: BenchContext): Promise<void> {
  const { rng, client, alliances, divisor } = ctx;
  const scaled = (n: number): number => Math.max(1, Math.ceil(n / divisor));
  const cumulative: number[] = [];
  let sum = 0;
  for (const a of alliances) cumulative.push((sum += workWeight(a.status)));
  const weightedAlliance = (): AllianceRef => {
    const r = rng.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid; else lo = mid + 1;
    }
    return alliances[lo];
  };

  // Mentors: a person each, a profile and 2–4 specialties.
  const mentorCount = Math.max(4, scaled(FULL.mentors));
  const mentorPersons: Row[] = [];
  const profiles: Row[] = [];
  const specialties: Row[] = [];
  const mentorIds: string[] = [];
  for (let i = 0; i < mentorCount; i++) {
    const female = rng.chance(0.7);
    const first = rng.pick(female ? FIRST_NAMES_F : FIRST_NAMES_M);
    const last = lastName(rng, rng.chance(0.05));
    const personId = rng.uuid();
    const id = rng.uuid();
    const home = rng.pick(alliances);
    mentorIds.push(id);
    mentorPersons.push([personId, female ? 'FRAU' : 'HERR', first, last, `${asciiFold(first)}.${asciiFold(last)}.mentor${i}@example.org`, 'SERVICEBUERO']);
    const status = i < mentorCount * 0.35 ? 'AKTIV' : rng.weighted([['AUSGESCHIEDEN', 6], ['PAUSIERT', 2], ['AKTIV', 1], ['IN_QUALIFIZIERUNG', 1]] as const);
    profiles.push([id, personId, home.id, status, isoDay(dayOf(rng.int(2010, 2024), rng.int(1, 12), 1)), `Kohorte ${rng.int(1, 6)}`,
      home.gemeindeAgs, rng.int(30, 300), ['TELEFONISCH', 'VOR_ORT', 'ONLINE'].filter(() => rng.chance(0.7)), rng.int(1, 6)]);
    const fields = new Set<string>();
    const wanted = rng.int(2, 4);
    while (fields.size < wanted) fields.add(rng.pick(FACHGEBIETE));
    for (const code of fields) specialties.push([id, code, rng.pick(['GRUNDKENNTNIS', 'ERFAHREN', 'EXPERTISE'])]);
  }
  ctx.counts['person'] = (ctx.counts['person'] ?? 0) + (await insertRows(client, 'person', ['id', 'salutation', 'first_name', 'last_name', 'email', 'data_source'], mentorPersons));
  ctx.counts['mentor_profile'] = await insertRows(client, 'mentor_profile', [
    'id', 'person_id', 'home_alliance_id', 'status', 'qualified_since', 'cohort', 'home_gemeinde_ags', 'radius_km', 'modes', 'capacity_per_quarter',
  ], profiles);
  ctx.counts['mentor_specialty'] = await insertRows(client, 'mentor_specialty', ['mentor_id', 'fachgebiet_code', 'level'], specialties);

  // User accounts: coordinators linked to alliances, mentor accounts linked to profiles.
  const users: Row[] = [];
  const links: Row[] = [];
  const linkable = alliances.filter((a) => a.status === 'AKTIV' || a.status === 'IN_GRUENDUNG' || a.status === 'RUHEND');
  let mentorIndex = 0;
  let coordinatorIndex = 0;
  for (const [role, full] of USER_ROLES) {
    const n = role === 'MENTOR' ? Math.min(scaled(full), mentorIds.length) : scaled(full);
    for (let i = 0; i < n; i++) {
      const first = rng.pick(rng.chance(0.6) ? FIRST_NAMES_F : FIRST_NAMES_M);
      const last = lastName(rng, rng.chance(0.02));
      const id = rng.uuid();
      users.push([id, `${asciiFold(first)}.${asciiFold(last)}.${users.length}@bench.example`, `${first} ${last}`, role, role === 'MENTOR' ? mentorIds[mentorIndex++] : null]);
      if (role === 'KOORDINATION') {
        links.push([id, linkable[coordinatorIndex++ % linkable.length].id]);
        if (rng.chance(0.08)) links.push([id, linkable[(coordinatorIndex + 7) % linkable.length].id]);
      }
    }
  }
  ctx.counts['user_account'] = await insertRows(client, 'user_account', ['id', 'email', 'display_name', 'role', 'mentor_profile_id'], users);
  const uniqueLinks = [...new Map(links.map((l) => [`${l[0]}|${l[1]}`, l])).values()];
  ctx.counts['user_alliance'] = await insertRows(client, 'user_alliance', ['user_id', 'alliance_id'], uniqueLinks);

  // Activities, weighted towards active alliances.
  const activities: Row[] = [];
  for (let i = 0; i < scaled(FULL.activities); i++) {
    const alliance = weightedAlliance();
    const type = rng.weighted(ACTIVITY_TYPES);
    const day = dayFor(rng, alliance);
    activities.push([rng.uuid(), alliance.id, type, isoDay(day), `${type.charAt(0)}${type.slice(1).toLowerCase().replace(/_/g, ' ')} in ${alliance.city}`.slice(0, 200),
      rng.chance(0.5) ? 'Protokoll liegt vor; nächste Schritte mit den Partnern abgestimmt.' : null, rng.chance(0.6) ? rng.int(5, 800) : null, rng.chance(0.3), isoNoon(day)]);
  }
  ctx.counts['activity'] = await insertRows(client, 'activity', ['id', 'alliance_id', 'activity_type', 'occurred_on', 'title', 'description', 'reach', 'is_public', 'created_at'], activities);

  // Events: ~97 % organised by alliances, the rest federal (Servicebüro/Ministerium) without an alliance.
  const events: Row[] = [];
  for (let i = 0; i < scaled(FULL.events); i++) {
    const federal = rng.chance(0.03);
    const alliance = weightedAlliance();
    const type = federal ? rng.pick(FEDERAL_EVENTS) : rng.pick(EVENT_TYPES);
    const day = federal ? rng.int(START, TODAY) : dayFor(rng, alliance);
    const startHour = rng.int(8, 18);
    const format = type === 'ONLINE_SEMINAR' ? 'ONLINE' : rng.weighted([['PRAESENZ', 75], ['ONLINE', 15], ['HYBRID', 10]] as const);
    events.push([rng.uuid(), type, federal ? rng.pick(['SERVICEBUERO', 'MINISTERIUM']) : 'BUENDNIS', federal ? null : alliance.id,
      `${federal ? 'Bundesweit' : alliance.city}: ${type.toLowerCase().replace(/_/g, ' ')} ${isoDay(day).slice(0, 4)}`.slice(0, 200), isoDay(day),
      `${String(startHour).padStart(2, '0')}:00`, `${String(startHour + rng.int(1, 4)).padStart(2, '0')}:30`, format,
      federal ? null : alliance.gemeindeAgs, rng.chance(0.7) ? rng.int(5, 600) : null, rng.chance(0.5), isoNoon(day)]);
  }
  ctx.counts['event'] = await insertRows(client, 'event', [
    'id', 'event_type', 'organiser', 'alliance_id', 'title', 'starts_on', 'start_time', 'end_time', 'format', 'gemeinde_ags', 'participants_count', 'is_public', 'created_at',
  ], events);

  // Deployments with one lead mentor (sometimes a co-mentor) and 1–3 sessions each.
  const deployments: Row[] = [];
  const deploymentMentors: Row[] = [];
  const sessions: Row[] = [];
  for (let i = 0; i < scaled(FULL.deployments); i++) {
    const alliance = rng.pick(alliances);
    const id = rng.uuid();
    const day = dayFor(rng, alliance);
    const online = day >= dayOf(2020, 3, 1);
    const mode = online ? rng.weighted([['ONLINE', 50], ['VOR_ORT', 30], ['TELEFONISCH', 20]] as const) : rng.weighted([['VOR_ORT', 55], ['TELEFONISCH', 45]] as const);
    deployments.push([id, alliance.id, rng.weighted(DEPLOYMENT_TYPES), mode, rng.weighted(DEPLOYMENT_STATUS), rng.chance(0.15), isoNoon(day)]);
    const lead = rng.int(0, mentorIds.length - 1);
    deploymentMentors.push([id, mentorIds[lead], true]);
    if (rng.chance(0.2) && mentorIds.length > 1) deploymentMentors.push([id, mentorIds[(lead + 1 + rng.int(0, mentorIds.length - 2)) % mentorIds.length], false]);
    const sessionCount = rng.weighted([[1, 60], [2, 30], [3, 10]] as const);
    for (let s = 0; s < sessionCount; s++) {
      const onSite = mode === 'VOR_ORT';
      sessions.push([rng.uuid(), id, isoDay(day + s * rng.int(7, 40)), '10:00', `${rng.int(11, 16)}:00`, mode, onSite ? alliance.gemeindeAgs : null,
        onSite ? `Rathaus ${alliance.city}`.slice(0, 200) : null, rng.int(1, 8), rng.int(0, 4), onSite ? rng.int(5, 400) : 0, onSite ? rng.int(1, 6) : 0, rng.chance(0.6) ? rng.int(3, 60) : null]);
    }
  }
  ctx.counts['deployment'] = await insertRows(client, 'deployment', ['id', 'alliance_id', 'deployment_type', 'mode', 'status', 'follow_up_needed', 'created_at'], deployments);
  ctx.counts['deployment_mentor'] = await insertRows(client, 'deployment_mentor', ['deployment_id', 'mentor_id', 'is_lead'], deploymentMentors);
  ctx.counts['deployment_session'] = await insertRows(client, 'deployment_session', [
    'id', 'deployment_id', 'held_on', 'start_time', 'end_time', 'mode', 'gemeinde_ags', 'place', 'hours', 'prep_hours', 'travel_km', 'travel_hours', 'participants_count',
  ], sessions);
}
