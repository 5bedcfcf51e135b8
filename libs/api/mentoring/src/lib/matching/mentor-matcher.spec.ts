import 'reflect-metadata';
import { DEFAULT_MATCH_WEIGHTS, MatchWeights } from '@bn/shared/contracts';
import { haversineKm } from './geo';
import { MatchRequestInput, MentorCandidate, matchMentors } from './mentor-matcher';

// Real places: Nörten-Hardenberg (the alliance), Göttingen, Wolfsburg, Jena, Munich.
const NOERTEN = { latitude: 51.6286, longitude: 9.9361 };
const GOETTINGEN = { latitude: 51.5413, longitude: 9.9158 };
const WOLFSBURG = { latitude: 52.4227, longitude: 10.7865 };
const JENA = { latitude: 50.9272, longitude: 11.5861 };
const MUENCHEN = { latitude: 48.1372, longitude: 11.5755 };

const HF01 = { id: 'hf-01', name: 'Vereinbarkeit von Familie und Beruf' };
const HF03 = { id: 'hf-03', name: 'Kinderbetreuung' };

function request(overrides: Partial<MatchRequestInput> = {}): MatchRequestInput {
  return {
    allianceId: 'alliance-nh',
    mode: 'VOR_ORT',
    landCode: '03',
    location: NOERTEN,
    window: { from: '2026-03-01', until: '2026-05-31' },
    specialties: [{ code: 'FG01', name: 'Bündnisgründung' }],
    topics: [HF01, HF03],
    ...overrides,
  };
}

let counter = 0;
function mentor(overrides: Partial<MentorCandidate> = {}): MentorCandidate {
  counter += 1;
  return {
    id: `m-${String(counter).padStart(3, '0')}`,
    name: `Mentorin ${counter}`,
    status: 'AKTIV',
    modes: ['VOR_ORT', 'ONLINE', 'TELEFONISCH'],
    landCodes: ['03'],
    home: GOETTINGEN,
    radiusKm: 150,
    capacityPerQuarter: 3,
    loadInQuarter: 0,
    absences: [],
    specialties: [{ code: 'FG01', level: 'EXPERTISE' }],
    topicIds: [HF01.id, HF03.id],
    deploymentsWithAlliance: 0,
    feedback: null,
    representedPartners: [],
    recordedConflicts: [],
    ...overrides,
  };
}

const criterion = (result: { criteria: { key: string; points: number; text: string }[] }, key: string) => {
  const found = result.criteria.find((c) => c.key === key);
  if (!found) throw new Error(`no criterion ${key}`);
  return found;
};

function only(req: MatchRequestInput, candidate: MentorCandidate, weights: MatchWeights = DEFAULT_MATCH_WEIGHTS) {
  return matchMentors(req, [candidate], weights);
}

describe('matchMentors: hard constraints', () => {
  it('keeps a mentor who meets every constraint', () => {
    const result = only(request(), mentor());
    expect(result.excluded).toEqual([]);
    expect(result.suggestions).toHaveLength(1);
    expect(result.suggestions[0]).toMatchObject({ rank: 1, warnings: [] });
  });

  it.each([
    ['PAUSIERT', 'nicht aktiv (Pausiert)'],
    ['IN_QUALIFIZIERUNG', 'nicht aktiv (In Qualifizierung)'],
    ['AUSGESCHIEDEN', 'nicht aktiv (Ausgeschieden)'],
  ] as const)('excludes a mentor with status %s', (status, reason) => {
    const result = only(request(), mentor({ status }));
    expect(result.suggestions).toEqual([]);
    expect(result.excluded[0].reasons).toEqual([reason]);
  });

  it('excludes a mentor who does not offer the wanted mode; EGAL accepts any mode', () => {
    const onlineOnly = mentor({ modes: ['ONLINE'] });
    expect(only(request(), onlineOnly).excluded[0].reasons).toEqual(['bietet Format vor Ort nicht an']);
    expect(only(request({ mode: 'TELEFONISCH' }), onlineOnly).excluded[0].reasons).toEqual(['bietet Format telefonisch nicht an']);
    expect(only(request({ mode: 'EGAL' }), onlineOnly).excluded).toEqual([]);
    expect(only(request({ mode: 'EGAL' }), mentor({ modes: [] })).excluded[0].reasons).toEqual(['bietet kein Format an']);
  });

  it('on site: excludes a mentor who neither serves the Land nor reaches the alliance within the radius', () => {
    const km = Math.round(haversineKm(NOERTEN, MUENCHEN));
    const result = only(request(), mentor({ home: MUENCHEN, landCodes: ['09'], radiusKm: 150 }));
    expect(result.excluded[0].reasons).toEqual([`außerhalb des Einsatzgebiets: ${km} km, Radius 150 km`]);
    expect(km).toBeGreaterThan(400);
  });

  it('on site: the Land OR the radius suffices', () => {
    // Serves Niedersachsen although Munich is far away.
    expect(only(request(), mentor({ home: MUENCHEN, landCodes: ['03', '09'], radiusKm: 100 })).excluded).toEqual([]);
    // Thuringian mentor from Jena, not serving Niedersachsen, but Nörten-Hardenberg is within 250 km.
    expect(only(request(), mentor({ home: JENA, landCodes: ['16'], radiusKm: 250 })).excluded).toEqual([]);
    // Same mentor with a 100 km radius is out.
    const km = Math.round(haversineKm(NOERTEN, JENA));
    expect(only(request(), mentor({ home: JENA, landCodes: ['16'], radiusKm: 100 })).excluded[0].reasons).toEqual([
      `außerhalb des Einsatzgebiets: ${km} km, Radius 100 km`,
    ]);
    // No radius and no home: says so.
    expect(only(request(), mentor({ home: null, landCodes: ['16'], radiusKm: null })).excluded[0].reasons).toEqual([
      'außerhalb des Einsatzgebiets: Entfernung unbekannt, kein Radius angegeben',
    ]);
  });

  it('applies the region constraint to hybrid work, not to online, telephone or EGAL requests', () => {
    const far = mentor({ home: MUENCHEN, landCodes: ['09'], radiusKm: 150, modes: ['VOR_ORT', 'HYBRID', 'ONLINE', 'TELEFONISCH'] });
    expect(only(request({ mode: 'HYBRID' }), far).excluded).toHaveLength(1);
    expect(only(request({ mode: 'ONLINE' }), far).excluded).toEqual([]);
    expect(only(request({ mode: 'TELEFONISCH' }), far).excluded).toEqual([]);
    expect(only(request({ mode: 'EGAL' }), far).excluded).toEqual([]);
  });

  it('excludes a mentor whose capacity in the quarter is used up', () => {
    expect(only(request(), mentor({ capacityPerQuarter: 3, loadInQuarter: 3 })).excluded[0].reasons).toEqual(['Kapazität im Quartal erschöpft (3 von 3)']);
    expect(only(request(), mentor({ capacityPerQuarter: 0, loadInQuarter: 0 })).excluded[0].reasons).toEqual(['Kapazität im Quartal erschöpft (0 von 0)']);
    expect(only(request(), mentor({ capacityPerQuarter: 3, loadInQuarter: 2 })).excluded).toEqual([]);
  });

  it('excludes a mentor absent for the whole window; a partial absence is a warning', () => {
    const window = { from: '2026-03-01', until: '2026-03-15' };
    const absent = mentor({ absences: [{ from: '2026-03-01', until: '2026-03-15' }] });
    expect(only(request({ window }), absent).excluded[0].reasons).toEqual(['abwesend vom 01.03.2026 bis 15.03.2026']);

    // Two absences that together cover the window.
    const twice = mentor({ absences: [{ from: '2026-03-09', until: '2026-03-20' }, { from: '2026-02-20', until: '2026-03-08' }] });
    expect(only(request({ window }), twice).excluded[0].reasons).toEqual(['abwesend vom 20.02.2026 bis 08.03.2026 und vom 09.03.2026 bis 20.03.2026']);

    const partly = only(request({ window: { from: '2026-03-01', until: '2026-05-31' } }), absent);
    expect(partly.excluded).toEqual([]);
    expect(partly.suggestions[0].warnings).toEqual(['Teilweise abwesend im Wunschzeitraum: vom 01.03.2026 bis 15.03.2026']);

    const outside = only(request(), mentor({ absences: [{ from: '2026-06-01', until: '2026-06-30' }] }));
    expect(outside.suggestions[0].warnings).toEqual([]);
  });

  it('lists every failed constraint of an excluded mentor', () => {
    const result = only(request(), mentor({ status: 'PAUSIERT', modes: ['ONLINE'], capacityPerQuarter: 1, loadInQuarter: 1 }));
    expect(result.excluded[0].reasons).toEqual(['nicht aktiv (Pausiert)', 'bietet Format vor Ort nicht an', 'Kapazität im Quartal erschöpft (1 von 1)']);
    expect(result.excluded[0].score).toBeGreaterThan(0);
  });

  it('warns about a conflict of interest without excluding', () => {
    const result = only(request(), mentor({ representedPartners: ['Handwerkskammer Wiesbaden'], recordedConflicts: ['Eigenes Bündnis', null] }));
    expect(result.excluded).toEqual([]);
    expect(result.suggestions[0].warnings).toEqual([
      'Interessenkonflikt: vertritt eine Partnerorganisation dieses Bündnisses (Handwerkskammer Wiesbaden)',
      'Interessenkonflikt: Eigenes Bündnis',
      'Interessenkonflikt mit diesem Bündnis eingetragen',
    ]);
  });
});

describe('matchMentors: criteria', () => {
  it('scores the specialty fit by level', () => {
    const req = request({ specialties: [{ code: 'FG01', name: 'Bündnisgründung' }, { code: 'FG07', name: 'Veranstaltungsplanung & Moderation' }] });
    const expert = only(req, mentor({ specialties: [{ code: 'FG01', level: 'EXPERTISE' }, { code: 'FG07', level: 'EXPERTISE' }] })).suggestions[0];
    const mixed = only(req, mentor({ specialties: [{ code: 'FG01', level: 'EXPERTISE' }, { code: 'FG07', level: 'ERFAHREN' }] })).suggestions[0];
    const basic = only(req, mentor({ specialties: [{ code: 'FG01', level: 'GRUNDKENNTNIS' }] })).suggestions[0];
    expect(criterion(expert, 'specialty')).toMatchObject({ points: 40, criterion: 'Fachgebiete' });
    expect(criterion(mixed, 'specialty')).toMatchObject({
      points: 34,
      text: 'Fachgebiet Bündnisgründung: Expertise; Fachgebiet Veranstaltungsplanung & Moderation: Erfahren',
    });
    expect(criterion(basic, 'specialty')).toMatchObject({
      points: 8,
      text: 'Fachgebiet Bündnisgründung: Grundkenntnis; Fachgebiet Veranstaltungsplanung & Moderation: nicht im Profil',
    });
    expect(criterion(only(request({ specialties: [] }), mentor()).suggestions[0], 'specialty')).toMatchObject({ points: 0, text: 'Die Anfrage nennt kein Fachgebiet' });
  });

  it('scores the topic (Handlungsfeld) fit by share covered', () => {
    expect(criterion(only(request(), mentor()).suggestions[0], 'topic')).toMatchObject({
      points: 20,
      text: 'Handlungsfelder: 2 von 2 abgedeckt (Vereinbarkeit von Familie und Beruf, Kinderbetreuung)',
    });
    expect(criterion(only(request(), mentor({ topicIds: [HF03.id] })).suggestions[0], 'topic')).toMatchObject({
      points: 10,
      text: 'Handlungsfelder: 1 von 2 abgedeckt (Kinderbetreuung)',
    });
    expect(criterion(only(request(), mentor({ topicIds: [] })).suggestions[0], 'topic')).toMatchObject({ points: 0, text: 'Handlungsfelder: keines der 2 gewünschten abgedeckt' });
  });

  it('scores the distance on site, and not for online work', () => {
    const km = Math.round(haversineKm(NOERTEN, WOLFSBURG));
    const near = criterion(only(request(), mentor({ home: GOETTINGEN })).suggestions[0], 'distance');
    const far = criterion(only(request(), mentor({ home: WOLFSBURG })).suggestions[0], 'distance');
    expect(far.text).toBe(`${km} km entfernt`);
    expect(near.points).toBeGreaterThan(far.points);
    expect(far.points).toBeCloseTo(15 * (1 - km / 300), 1);
    const online = criterion(only(request({ mode: 'ONLINE' }), mentor({ home: WOLFSBURG })).suggestions[0], 'distance');
    expect(online).toMatchObject({ points: 0, text: `Format online: Entfernung nicht gewertet (${km} km entfernt)` });
    expect(criterion(only(request(), mentor({ home: null })).suggestions[0], 'distance')).toMatchObject({ points: 0, text: 'Entfernung unbekannt (Ort fehlt)' });
  });

  it('scores a lower load higher', () => {
    const idle = criterion(only(request(), mentor({ loadInQuarter: 0 })).suggestions[0], 'load');
    const busy = criterion(only(request(), mentor({ loadInQuarter: 2 })).suggestions[0], 'load');
    expect(idle).toMatchObject({ points: 10, text: '0 von 3 Einsätzen im Quartal belegt' });
    expect(busy).toMatchObject({ points: 3.33, text: '2 von 3 Einsätzen im Quartal belegt' });
  });

  it('scores continuity with the alliance', () => {
    expect(criterion(only(request(), mentor({ deploymentsWithAlliance: 2 })).suggestions[0], 'continuity')).toMatchObject({
      points: 10,
      text: 'Hat bereits mit diesem Bündnis gearbeitet (2 Einsätze)',
    });
    expect(criterion(only(request(), mentor()).suggestions[0], 'continuity')).toMatchObject({ points: 0, text: 'Bisher kein Einsatz mit diesem Bündnis' });
  });

  it('scores past feedback, neutral without any, with a German decimal comma', () => {
    expect(criterion(only(request(), mentor({ feedback: { average: 4.5, count: 6 } })).suggestions[0], 'feedback')).toMatchObject({
      points: 4.38,
      text: 'Rückmeldungen: Ø 4,5 von 5 (n = 6)',
    });
    expect(criterion(only(request(), mentor({ feedback: { average: 4, count: 1 } })).suggestions[0], 'feedback').text).toBe('Rückmeldungen: Ø 4,0 von 5 (n = 1)');
    expect(criterion(only(request(), mentor()).suggestions[0], 'feedback')).toMatchObject({ points: 2.5, text: 'Noch keine Rückmeldungen (neutral gewertet)' });
  });

  it('explains every criterion in order and sums the points to the score', () => {
    const s = only(request(), mentor({ home: WOLFSBURG, loadInQuarter: 1, deploymentsWithAlliance: 1, feedback: { average: 5, count: 3 } })).suggestions[0];
    expect(s.criteria.map((c) => [c.key, c.criterion, c.maxPoints])).toEqual([
      ['specialty', 'Fachgebiete', 40],
      ['topic', 'Handlungsfelder', 20],
      ['distance', 'Entfernung', 15],
      ['load', 'Auslastung', 10],
      ['continuity', 'Kontinuität', 10],
      ['feedback', 'Rückmeldungen', 5],
    ]);
    expect(s.score).toBeCloseTo(s.criteria.reduce((sum, c) => sum + c.points, 0), 2);
    expect(s.criteria.map((c) => c.text)).toEqual([
      'Fachgebiet Bündnisgründung: Expertise',
      'Handlungsfelder: 2 von 2 abgedeckt (Vereinbarkeit von Familie und Beruf, Kinderbetreuung)',
      `${Math.round(haversineKm(NOERTEN, WOLFSBURG))} km entfernt`,
      '1 von 3 Einsätzen im Quartal belegt',
      'Hat bereits mit diesem Bündnis gearbeitet (1 Einsatz)',
      'Rückmeldungen: Ø 5,0 von 5 (n = 3)',
    ]);
  });
});

describe('matchMentors: ranking', () => {
  it('ranks by score', () => {
    const founder = mentor({ name: 'Gründungsexpertin', specialties: [{ code: 'FG01', level: 'EXPERTISE' }], home: WOLFSBURG });
    const novice = mentor({ name: 'Neuling', specialties: [{ code: 'FG01', level: 'GRUNDKENNTNIS' }], home: GOETTINGEN });
    const result = matchMentors(request(), [novice, founder], DEFAULT_MATCH_WEIGHTS);
    expect(result.suggestions.map((s) => [s.rank, s.mentorName])).toEqual([
      [1, 'Gründungsexpertin'],
      [2, 'Neuling'],
    ]);
  });

  it('changes the ranking when the weights change', () => {
    const expertFar = mentor({ name: 'Expertin weit weg', specialties: [{ code: 'FG01', level: 'EXPERTISE' }], home: WOLFSBURG });
    const closeBasic = mentor({ name: 'Nahe mit Grundkenntnis', specialties: [{ code: 'FG01', level: 'GRUNDKENNTNIS' }], home: NOERTEN });
    const byDefault = matchMentors(request(), [closeBasic, expertFar], DEFAULT_MATCH_WEIGHTS);
    expect(byDefault.suggestions[0].mentorName).toBe('Expertin weit weg');
    const distanceFirst = matchMentors(request(), [closeBasic, expertFar], { ...DEFAULT_MATCH_WEIGHTS, specialty: 5, distance: 80 });
    expect(distanceFirst.suggestions[0].mentorName).toBe('Nahe mit Grundkenntnis');
    expect(criterion(distanceFirst.suggestions[0], 'distance').points).toBe(80);
  });

  it('breaks ties deterministically: lower load, then shorter distance, then name, then id', () => {
    // Load weight 0 so that a different load does not change the score.
    const weights = { ...DEFAULT_MATCH_WEIGHTS, load: 0, distance: 0 };
    const busy = mentor({ id: 'm-a', name: 'Anna', loadInQuarter: 2 });
    const idleFar = mentor({ id: 'm-b', name: 'Berta', loadInQuarter: 0, home: WOLFSBURG });
    const idleNear = mentor({ id: 'm-c', name: 'Clara', loadInQuarter: 0, home: GOETTINGEN });
    const idleNearZ = mentor({ id: 'm-d', name: 'Zoe', loadInQuarter: 0, home: GOETTINGEN });
    const sameNameLowerId = mentor({ id: 'm-0', name: 'Zoe', loadInQuarter: 0, home: GOETTINGEN });
    for (const order of [[busy, idleFar, idleNear, idleNearZ, sameNameLowerId], [sameNameLowerId, idleNearZ, idleNear, idleFar, busy]]) {
      const result = matchMentors(request(), order, weights);
      expect(new Set(result.suggestions.map((s) => s.score)).size).toBe(1);
      expect(result.suggestions.map((s) => s.mentorId)).toEqual(['m-c', 'm-0', 'm-d', 'm-b', 'm-a']);
    }
  });

  it('lists the excluded mentors by name, apart from the ranking', () => {
    const result = matchMentors(request(), [mentor({ name: 'Zora', status: 'PAUSIERT' }), mentor({ name: 'Ada', modes: ['ONLINE'] }), mentor({ name: 'Mia' })], DEFAULT_MATCH_WEIGHTS);
    expect(result.suggestions.map((s) => s.mentorName)).toEqual(['Mia']);
    expect(result.excluded.map((e) => e.mentorName)).toEqual(['Ada', 'Zora']);
  });
});
