import { randomUUID } from 'node:crypto';
import { ActivityType, EventType, FundingSource } from '@bn/shared/contracts';
import { AllianceInfo, SeedContext } from './context';
import { addEvent, addParticipant, addProject, addSpeaker } from './events';
import { addDays, maxDate, minDate } from './prng';
import { SEED_TODAY } from './build-alliances';

/*
 * Synthetic activities (5–15 per active alliance), projects (3–10 per active alliance) and events
 * (2–4 per active alliance) — the typical offers cited by the BMFSFJ: Babysitterpool,
 * Leihgroßeltern, Ferien-/Notfall-/Randzeitenbetreuung, Müttercafé, Familienwegweiser …
 */

const ACTIVITIES: readonly (readonly [ActivityType, number, readonly string[], number, number])[] = [
  ['NETZWERKTREFFEN', 6, ['Netzwerktreffen der Bündnispartner', 'Plenum: Jahresplanung', 'Netzwerktreffen mit Vorstellung neuer Partner'], 12, 45],
  ['LENKUNGSGRUPPENSITZUNG', 4, ['Sitzung der Lenkungsgruppe', 'Steuerungsrunde: Haushalt und Projekte'], 5, 12],
  ['PROJEKTARBEIT', 4, ['Projektgruppe Ferienbetreuung', 'Schulung neuer Leihgroßeltern', 'Überarbeitung des Familienwegweisers'], 4, 20],
  ['PRESSE', 3, ['Pressemitteilung zum Aktionstag', 'Zeitungsbericht über das Bündnis', 'Interview im Lokalradio'], 500, 8000],
  ['SOCIAL_MEDIA', 2, ['Instagram-Beitrag: Ferienangebote', 'Facebook-Beitrag: neuer Partner im Bündnis'], 150, 2500],
  ['PARTNERAKQUISE', 3, ['Gespräch mit einem Betrieb über eine Mitarbeit', 'Vorstellung des Bündnisses im Gewerbeverein'], 2, 15],
  ['FAMILIENBERATUNG', 2, ['Sprechstunde Familienlotsin', 'Beratung zu Kinderbetreuung und Wiedereinstieg'], 5, 40],
  ['FOERDERANTRAG', 1, ['Förderantrag bei der Bürgerstiftung gestellt', 'Antrag auf Landesmittel für die Ferienbetreuung'], 0, 0],
  ['BEDARFSANALYSE', 1, ['Elternbefragung zur Randzeitenbetreuung', 'Umfrage unter Betrieben zur Vereinbarkeit'], 50, 600],
  ['SONSTIGES', 1, ['Teilnahme am Online-Seminar des Servicebüros', 'Austausch mit dem Nachbarbündnis'], 2, 10],
];

interface ProjectTemplate {
  name: string;
  description: string;
  hf: readonly string[];
  zg: readonly string[];
  funding: readonly FundingSource[];
  output: string | null;
}

const PROJECTS: readonly ProjectTemplate[] = [
  { name: 'Babysitterpool', description: 'Geschulte Jugendliche und Erwachsene werden an Familien vermittelt; Babysitterkurs mit Erste-Hilfe-Teil.', hf: ['HF03'], zg: ['KINDER_U3', 'KITA_KINDER'], funding: ['EIGENMITTEL'], output: 'Vermittelte Babysitter pro Jahr' },
  { name: 'Leihgroßeltern', description: 'Ältere Menschen übernehmen Patenschaften für Familien ohne Großeltern vor Ort.', hf: ['HF10', 'HF03'], zg: ['SENIOREN', 'KITA_KINDER'], funding: ['EIGENMITTEL', 'SPENDEN'], output: 'Vermittelte Patenschaften' },
  { name: 'Ferienbetreuung', description: 'Betreuungsangebot für Grundschulkinder in den Sommer- und Herbstferien, getragen von Vereinen und Betrieben.', hf: ['HF03', 'HF01'], zg: ['SCHULKINDER'], funding: ['EIGENMITTEL', 'SPONSORING'], output: 'Betreuungsplätze je Ferienwoche' },
  { name: 'Müttercafé', description: 'Offener Treff für Mütter mit Kurzimpulsen von Fachkräften; ein örtlicher Markt übernimmt regelmäßig die Kosten für das Frühstück.', hf: ['HF04', 'HF08'], zg: ['ALLEINERZIEHENDE', 'WERDENDE_ELTERN'], funding: ['SPONSORING', 'SPENDEN'], output: 'Teilnehmende Mütter pro Treffen' },
  { name: 'Familienwegweiser', description: 'Gedruckter und digitaler Wegweiser zu allen Angeboten für Familien vor Ort.', hf: ['HF05', 'HF12'], zg: ['FAMILIEN'], funding: ['EIGENMITTEL', 'SPONSORING'], output: 'Auflage und Seitenaufrufe' },
  { name: 'Notfallbetreuung für berufstätige Eltern', description: 'Kurzfristige Betreuung, wenn Kita oder Tagespflege ausfallen; von Betrieben mitfinanziert.', hf: ['HF03', 'HF06'], zg: ['KITA_KINDER', 'ARBEITGEBER'], funding: ['SPONSORING'], output: 'Einsätze pro Jahr' },
  { name: 'Randzeitenbetreuung', description: 'Betreuung in den frühen Morgen- und Abendstunden für Eltern im Schichtdienst.', hf: ['HF03', 'HF01'], zg: ['KITA_KINDER', 'ALLEINERZIEHENDE'], funding: ['LANDESPROGRAMM', 'EIGENMITTEL'], output: 'Betreute Kinder' },
  { name: 'Wettbewerb „Familienfreundlicher Betrieb“', description: 'Das Bündnis zeichnet Betriebe mit familienbewusster Personalpolitik aus.', hf: ['HF06'], zg: ['ARBEITGEBER'], funding: ['SPONSORING'], output: 'Teilnehmende Betriebe' },
  { name: 'Willkommenspaket für Neugeborene', description: 'Begrüßungsbesuch mit Informationen zu Angeboten für junge Familien.', hf: ['HF05', 'HF04'], zg: ['WERDENDE_ELTERN'], funding: ['SPONSORING', 'EIGENMITTEL'], output: 'Verteilte Pakete' },
  { name: 'Ferienpass', description: 'Ferienprogramm mit vergünstigten Angeboten von Vereinen und Einrichtungen.', hf: ['HF05'], zg: ['SCHULKINDER', 'JUGENDLICHE'], funding: ['EIGENMITTEL'], output: 'Verkaufte Ferienpässe' },
  { name: 'Väterfrühstück', description: 'Monatliches Frühstück für Väter mit Kindern; Austausch über Elternzeit und Vereinbarkeit.', hf: ['HF01', 'HF04'], zg: ['VAETER'], funding: ['SPENDEN'], output: null },
  { name: 'Pflegelotsinnen und -lotsen im Betrieb', description: 'Beschäftigte werden als Ansprechpersonen für Kolleginnen und Kollegen mit Pflegeaufgaben geschult.', hf: ['HF02', 'HF06'], zg: ['PFLEGENDE_ANGEHOERIGE', 'ARBEITGEBER'], funding: ['ESF'], output: 'Geschulte Lotsinnen und Lotsen' },
  { name: 'Sprach- und Familienpatenschaften', description: 'Ehrenamtliche begleiten zugewanderte Familien im Alltag.', hf: ['HF09', 'HF11'], zg: ['MIGRATION'], funding: ['BUNDESPROGRAMM', 'SPENDEN'], output: 'Aktive Patenschaften' },
  { name: 'Schulstarterpaket', description: 'Schulmaterial für Kinder aus Familien mit geringem Einkommen.', hf: ['HF07'], zg: ['GERINGES_EINKOMMEN', 'SCHULKINDER'], funding: ['SPENDEN', 'STIFTUNG'], output: 'Ausgegebene Pakete' },
  { name: 'Familienfest', description: 'Jährliches Fest der Bündnispartner mit Mitmachangeboten.', hf: ['HF05', 'HF11'], zg: ['FAMILIEN'], funding: ['SPONSORING', 'EIGENMITTEL'], output: 'Besucherinnen und Besucher' },
  { name: 'Familien-App', description: 'App mit Terminen, Beratungsstellen und Betreuungsangeboten für Familien.', hf: ['HF12', 'HF05'], zg: ['FAMILIEN'], funding: ['LANDESPROGRAMM'], output: 'Installationen' },
];

/** [type, weight, title, venues (with {ort}), participants min, max, start times]. */
const EVENT_TYPES: readonly (readonly [EventType, number, string, readonly string[], number, number, readonly string[]])[] = [
  ['NETZWERKTREFFEN', 4, 'Netzwerktreffen der Bündnispartner', ['Rathaus {ort}', 'Familienzentrum {ort}'], 12, 45, ['14:00', '17:00']],
  ['FAMILIENFEST', 3, 'Familienfest im Stadtpark', ['Stadtpark {ort}'], 80, 400, ['11:00', '14:00']],
  ['UNTERNEHMENSDIALOG', 2, 'Unternehmensfrühstück: Vereinbarkeit im Betrieb', ['Rathaus {ort}', 'Bürgerhaus {ort}'], 10, 40, ['08:00', '08:30']],
  ['INFOVERANSTALTUNG', 2, 'Infoabend: Beratungsangebote für Familien', ['Familienzentrum {ort}', 'Bürgerhaus {ort}'], 15, 60, ['18:00', '18:30']],
  ['FAMILIENMESSE', 1, 'Markt der Möglichkeiten', ['Bürgerhaus {ort}', 'Marktplatz {ort}'], 100, 500, ['10:00']],
  ['ZUKUNFTSWERKSTATT', 1, 'Zukunftswerkstatt des Bündnisses', ['Bürgerhaus {ort}', 'Rathaus {ort}'], 12, 35, ['09:00', '14:00']],
  ['PREISVERLEIHUNG', 1, 'Preisverleihung „Familienfreundlicher Betrieb“', ['Rathaus {ort}'], 40, 120, ['18:00']],
];

function activityWindow(a: AllianceInfo): [string, string] | null {
  if (a.status === 'AKTIV') return [maxDate(a.foundedOn ?? a.firstContactOn, '2022-01-01'), addDays(SEED_TODAY, -3)];
  if (a.status === 'RUHEND' && a.dormantSince) return [maxDate(a.foundedOn ?? a.firstContactOn, addDays(a.dormantSince, -900)), addDays(a.dormantSince, -30)];
  if ((a.status === 'AUFGELOEST' || a.status === 'FUSIONIERT') && a.endedOn && a.foundedOn) return [a.foundedOn, addDays(a.endedOn, -400)];
  if (a.status === 'IN_GRUENDUNG') return [a.firstContactOn, addDays(SEED_TODAY, -3)];
  return null;
}

export function buildEngagement(ctx: SeedContext): void {
  const { rng } = ctx;
  for (const a of ctx.alliances) {
    const window = activityWindow(a);
    const partners = ctx.partnerIds(a.id);
    const hfs = ctx.rows.allianceHandlungsfelder.filter((h) => h.allianceId === a.id).map((h) => h.handlungsfeldId as string);
    if (window) {
      const count = a.status === 'AKTIV' ? rng.int(5, 15) : a.status === 'IN_GRUENDUNG' ? rng.int(2, 4) : rng.int(1, 4);
      for (let i = 0; i < count; i++) {
        const [type, , titles, minReach, maxReach] = i < 2 && a.status === 'AKTIV' ? (ACTIVITIES[0] as (typeof ACTIVITIES)[number]) : rng.weighted(ACTIVITIES.map((t) => [t, t[1]] as const));
        const id = randomUUID();
        ctx.rows.activities.push({
          id, allianceId: a.id, activityType: type, occurredOn: rng.dateBetween(window[0], window[1]), title: rng.pick(titles),
          description: null, reach: maxReach > 0 ? rng.int(minReach, maxReach) : null, isPublic: type === 'PRESSE' || type === 'SOCIAL_MEDIA' || rng.chance(0.2), archivedAt: null,
        });
        for (const handlungsfeldId of rng.sample(hfs, rng.int(0, 2))) ctx.rows.activityHandlungsfelder.push({ activityId: id, handlungsfeldId });
        for (const organisationId of rng.sample(partners, type === 'PARTNERAKQUISE' ? 1 : rng.int(0, 3))) ctx.rows.activityPartners.push({ activityId: id, organisationId });
      }
    }
    buildProjects(ctx, a, partners);
    buildEvents(ctx, a, partners);
  }
}

function buildProjects(ctx: SeedContext, a: AllianceInfo, partners: string[]): void {
  const { rng } = ctx;
  if (!a.foundedOn) return;
  const own = ctx.rows.projects.filter((p) => p.allianceId === a.id).map((p) => p.name as string);
  const target = a.status === 'AKTIV' ? rng.int(3, 10) : a.status === 'RUHEND' ? rng.int(1, 3) : rng.int(1, 2);
  const end = a.endedOn ?? a.dormantSince;
  const templates = PROJECTS.filter((t) => !own.includes(t.name));
  for (const t of rng.sample(templates, Math.max(0, target - own.length))) {
    const startsOn = rng.dateBetween(addDays(a.foundedOn, 60), minDate(end ? addDays(end, -200) : addDays(SEED_TODAY, -60), addDays(SEED_TODAY, -60)));
    const ongoing = !end && rng.chance(0.6);
    const endsOn = ongoing ? null : rng.dateBetween(addDays(startsOn, 90), end ?? addDays(SEED_TODAY, -5));
    const place = a.towns[0]?.name ?? a.placeName;
    addProject(ctx, {
      alliance: a,
      name: t.name === 'Familienwegweiser' || t.name === 'Ferienpass' ? `${t.name} ${place}` : t.name,
      description: t.description,
      startsOn,
      endsOn,
      isOngoing: ongoing,
      fundingSources: [...t.funding],
      outputNote: t.output ? `${t.output}: ${rng.int(8, 180)}` : null,
      handlungsfelder: t.hf,
      zielgruppen: t.zg,
      partnerIds: rng.sample(partners, rng.int(1, 3)),
    });
  }
}

const MOTTOS: Readonly<Record<number, string>> = {
  2019: '15 Jahre Lokale Bündnisse für Familie', 2021: 'Zusammenhalt. Vor Ort und für Familien.', 2022: 'Familie ist alles – und noch mehr.',
  2023: 'Stark für Familienmomente', 2024: '20 Jahre für Familien, mit Familien', 2025: 'Zeit für Wir: Familie leben',
};

function buildEvents(ctx: SeedContext, a: AllianceInfo, partners: string[]): void {
  const { rng } = ctx;
  if (a.status !== 'AKTIV' || !a.foundedOn) return;
  const existing = ctx.rows.events.filter((e) => e.allianceId === a.id).length;
  const target = rng.int(2, 4);
  const from = maxDate(a.foundedOn, '2019-01-01');
  for (let i = existing; i < target; i++) {
    let type: EventType;
    let title: string;
    let startsOn: string;
    let description: string | null = null;
    let venues: readonly string[] = ['Marktplatz {ort}'];
    let reach: [number, number] = [30, 250];
    let times: readonly string[] = ['10:00'];
    const years = Object.keys(MOTTOS).map(Number).filter((y) => `${y}-05-20` > from);
    const year = years.length > 0 ? rng.pick(years) : null;
    if (i === existing && year && rng.chance(0.45)) {
      type = 'AKTIONSTAG';
      title = `Aktionstag ${year}: Familienfrühstück auf dem Marktplatz`;
      startsOn = addDays(`${year}-05-15`, rng.int(-3, 3));
      description = `Beitrag zum bundesweiten Aktionstag unter dem Motto „${MOTTOS[year]}“.`;
    } else {
      const [t, , label, places, min, max, starts] = rng.weighted(EVENT_TYPES.map((e) => [e, e[1]] as const));
      type = t;
      title = label;
      venues = places;
      reach = [min, max];
      times = starts;
      startsOn = rng.dateBetween(from, addDays(SEED_TODAY, 40));
    }
    const town = rng.pick(a.towns);
    const eventId = addEvent(ctx, {
      type, organiser: 'BUENDNIS', alliance: a, title, startsOn, startTime: rng.pick(times),
      venue: rng.pick(venues).replace('{ort}', town.name),
      gemeindeAgs: town.ags, participantsCount: startsOn > SEED_TODAY ? null : rng.int(reach[0], reach[1]), description, isPublic: type !== 'NETZWERKTREFFEN',
    });
    const guests = rng.sample(partners, rng.int(3, Math.min(10, Math.max(3, partners.length))));
    for (const organisationId of guests) {
      const attendance = startsOn > SEED_TODAY ? 'ANGEMELDET' : rng.weighted([['TEILGENOMMEN', 8], ['ENTSCHULDIGT', 1], ['NICHT_ERSCHIENEN', 1]] as const);
      addParticipant(ctx, eventId, { organisationId, personId: ctx.contactsOf.get(organisationId)?.[0] ?? null }, attendance);
    }
    if (type === 'UNTERNEHMENSDIALOG' || type === 'INFOVERANSTALTUNG') {
      const speakerOrg = guests[0];
      if (speakerOrg) addSpeaker(ctx, eventId, { organisationId: speakerOrg, personId: ctx.contactsOf.get(speakerOrg)?.[0] ?? null }, type === 'UNTERNEHMENSDIALOG' ? 'Praxisbericht: flexible Arbeitszeiten im Betrieb' : 'Vorstellung der Beratungsangebote');
    }
  }
}
