import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatExpansionPanelHarness } from '@angular/material/expansion/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import type { MatchCriterionDto, MatchProposalDto, MatchSuggestionsDto, MentoringRequestDetailDto } from '@bn/shared/contracts';
import { ConfirmService } from '@bn/web/ui';
import { MatchingPanel } from './matching-panel';

function criteria(specialty: [number, string], distance: [number, string]): MatchCriterionDto[] {
  return [
    { key: 'specialty', criterion: 'Fachgebiete', points: specialty[0], maxPoints: 40, text: specialty[1] },
    { key: 'topic', criterion: 'Handlungsfelder', points: 10, maxPoints: 20, text: 'Handlungsfeld Vereinbarkeit: passt' },
    { key: 'distance', criterion: 'Entfernung', points: distance[0], maxPoints: 15, text: distance[1] },
    { key: 'load', criterion: 'Auslastung', points: 7, maxPoints: 10, text: '1 von 3 Einsätzen im Quartal belegt' },
    { key: 'continuity', criterion: 'Kontinuität', points: 0, maxPoints: 10, text: 'Noch nicht mit diesem Bündnis gearbeitet' },
    { key: 'feedback', criterion: 'Rückmeldungen', points: 2.5, maxPoints: 5, text: 'Noch keine Rückmeldungen' },
  ];
}

const SUGGESTIONS: MatchSuggestionsDto = {
  requestId: 'r1',
  window: { from: '2026-11-23', until: '2027-02-23' },
  quarter: '2026-Q4',
  weights: { specialty: 40, topic: 20, distance: 15, load: 10, continuity: 10, feedback: 5 },
  suggestions: [
    {
      rank: 1,
      mentorId: 'm1',
      mentorName: 'Hanna Gründer',
      score: 78.5,
      criteria: criteria([40, 'Fachgebiet Bündnisgründung: Expertise'], [12, '31 km entfernt']),
      warnings: ['Vertritt die Stadtwerke, einen Partner dieses Bündnisses (Interessenkonflikt)'],
      distanceKm: 31,
      loadInQuarter: 1,
      capacityPerQuarter: 3,
    },
    {
      rank: 2,
      mentorId: 'm2',
      mentorName: 'Paul Weit',
      score: 51,
      criteria: criteria([20, 'Fachgebiet Bündnisgründung: Grundkenntnisse'], [3, '182 km entfernt']),
      warnings: [],
      distanceKm: 182,
      loadInQuarter: 2,
      capacityPerQuarter: 3,
    },
  ],
  excluded: [
    {
      mentorId: 'm3',
      mentorName: 'Ines Voll',
      reasons: ['Keine Kapazität mehr im Quartal 2026-Q4 (3 von 3 Einsätzen)'],
      warnings: [],
      score: 70,
      criteria: criteria([40, 'Fachgebiet Bündnisgründung: Expertise'], [15, '5 km entfernt']),
    },
  ],
};

function proposal(overrides: Partial<MatchProposalDto>): MatchProposalDto {
  return {
    id: 'p1',
    requestId: 'r1',
    mentorId: 'm1',
    mentorName: 'Hanna Gründer',
    rank: 1,
    score: 78.5,
    explanation: [],
    proposedBy: 'Fachberatung Test',
    response: 'VORGESCHLAGEN',
    responseReason: null,
    respondedAt: null,
    version: 1,
    createdAt: '2026-11-21T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    ...overrides,
  };
}

const REQUEST: MentoringRequestDetailDto = {
  id: 'r1',
  allianceId: 'a1',
  requesterId: null,
  channel: 'TELEFON',
  receivedOn: '2026-11-20',
  occasion: 'GRUENDUNG',
  desiredMode: 'VOR_ORT',
  desiredFrom: null,
  desiredUntil: null,
  description: null,
  owner: null,
  status: 'MATCHING',
  closingReason: null,
  predecessorId: null,
  relatedEventId: null,
  version: 4,
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  archivedAt: null,
  fachgebietCodes: ['FG01'],
  handlungsfeldIds: [],
  alliance: { id: 'a1', name: 'Lokales Bündnis für Familie Nörten-Hardenberg', status: 'INTERESSENT', landCode: '03' },
  requester: null,
  relatedEvent: null,
  specialties: [{ code: 'FG01', name: 'Bündnisgründung' }],
  topics: [],
  proposals: [],
  deployments: [],
  predecessor: null,
  followUps: [],
};

@Component({
  imports: [MatchingPanel],
  template: `<bn-matching-panel [request]="request()" [canEdit]="canEdit()" (changed)="changes = changes + 1" />`,
})
class Host {
  readonly request = signal(REQUEST);
  readonly canEdit = signal(true);
  changes = 0;
}

describe('MatchingPanel', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
  let root: HarnessLoader;
  let http: HttpTestingController;
  const confirmService = { confirm: jest.fn(), confirmReloadAfterConflict: jest.fn() };

  async function setup(init: (host: Host) => void = () => undefined) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: ConfirmService, useValue: confirmService },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    init(fixture.componentInstance);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle();
    http.expectOne('/api/requests/r1/suggestions').flush(SUGGESTIONS);
    await settle();
  }

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const element = () => fixture.nativeElement as HTMLElement;
  /** Rows of a mentor's criteria table as "criterion | points | sentence". */
  const rows = (caption: string) => {
    const table = Array.from(element().querySelectorAll('table')).find((t) => t.querySelector('caption')?.textContent?.trim() === caption);
    return Array.from(table?.querySelectorAll('tbody tr') ?? []).map((tr) => Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim()).join(' | '));
  };

  afterEach(() => {
    http.verify();
    jest.clearAllMocks();
  });

  it('shows the ranked suggestions with total score, points per criterion as sentences, and warnings', async () => {
    await setup();
    const items = Array.from(element().querySelectorAll('ol.suggestions > li'));
    expect(items.map((li) => li.querySelector('.name')?.textContent?.trim())).toEqual(['1. Hanna Gründer', '2. Paul Weit']);
    expect(items[0]?.querySelector('.score')?.textContent).toBe('78,5 von 100 Punkten');
    expect(rows('Punkte von Hanna Gründer')).toEqual([
      'Fachgebiete | 40 von 40 | Fachgebiet Bündnisgründung: Expertise',
      'Handlungsfelder | 10 von 20 | Handlungsfeld Vereinbarkeit: passt',
      'Entfernung | 12 von 15 | 31 km entfernt',
      'Auslastung | 7 von 10 | 1 von 3 Einsätzen im Quartal belegt',
      'Kontinuität | 0 von 10 | Noch nicht mit diesem Bündnis gearbeitet',
      'Rückmeldungen | 2,5 von 5 | Noch keine Rückmeldungen',
    ]);
    expect(items[0]?.querySelector('.warnings')?.textContent).toContain('Hinweis: Vertritt die Stadtwerke, einen Partner dieses Bündnisses (Interessenkonflikt)');
    expect(items[1]?.querySelector('.warnings')).toBeNull();
    expect(element().textContent).toContain('Geprüft für 23.11.2026 bis 23.02.2027');
  });

  it('lists the excluded mentors with their reasons in a collapsible panel', async () => {
    await setup();
    const panel = await loader.getHarness(MatExpansionPanelHarness);
    expect(await panel.getTitle()).toBe('Ausgeschlossene Mentor:innen (1)');
    expect(await panel.isExpanded()).toBe(false);
    await panel.expand();
    expect(await panel.getTextContent()).toContain('Ausgeschlossen: Keine Kapazität mehr im Quartal 2026-Q4 (3 von 3 Einsätzen)');
    expect(rows('Punkte von Ines Voll')[2]).toBe('Entfernung | 15 von 15 | 5 km entfernt');
  });

  it('proposes up to two chosen mentors', async () => {
    await setup();
    const propose = await loader.getHarness(MatButtonHarness.with({ text: 'Vorschlagen' }));
    expect(await propose.isDisabled()).toBe(true);
    await (await loader.getHarness(MatCheckboxHarness.with({ label: /Hanna Gründer/ }))).check();
    await (await loader.getHarness(MatCheckboxHarness.with({ label: /Paul Weit/ }))).check();
    // a third one cannot be chosen
    await (await loader.getHarness(MatExpansionPanelHarness)).expand();
    expect(await (await loader.getHarness(MatCheckboxHarness.with({ label: /Ines Voll/ }))).isDisabled()).toBe(true);
    expect(element().textContent).toContain('Ausgewählt: Hanna Gründer und Paul Weit');
    await propose.click();
    await settle();
    const post = http.expectOne({ method: 'POST', url: '/api/requests/r1/suggestions/proposals' });
    expect(post.request.body).toEqual({ mentorIds: ['m1', 'm2'] });
    post.flush([proposal({}), proposal({ id: 'p2', mentorId: 'm2', mentorName: 'Paul Weit', rank: 2, score: 51 })]);
    await settle();
    expect(fixture.componentInstance.changes).toBe(1);
    http.expectOne('/api/requests/r1/suggestions').flush(SUGGESTIONS);
  });

  it('requires a documented reason when an excluded mentor is chosen', async () => {
    await setup();
    await (await loader.getHarness(MatExpansionPanelHarness)).expand();
    await (await loader.getHarness(MatCheckboxHarness.with({ label: /Ines Voll/ }))).check();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Vorschlagen' }))).click();
    await settle();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Ausgeschlossene Mentor:in vorschlagen?');
    expect(await dialog.getContentText()).toContain('Ines Voll: Keine Kapazität mehr im Quartal 2026-Q4 (3 von 3 Einsätzen)');
    const field = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: /Begründung für die Ausnahme/ }));
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Vorschlagen' }))).click();
    await settle();
    expect(await field.getTextErrors()).toEqual(['Bitte geben Sie eine Begründung an.']);
    http.expectNone({ method: 'POST', url: '/api/requests/r1/suggestions/proposals' });

    await (await field.getControl(MatInputHarness))?.setValue('Kennt das Bündnis aus der Vorgründung; Leitung hat zusätzlichen Einsatz genehmigt.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Vorschlagen' }))).click();
    await settle();
    const post = http.expectOne({ method: 'POST', url: '/api/requests/r1/suggestions/proposals' });
    expect(post.request.body).toEqual({ mentorIds: ['m3'], overrideReason: 'Kennt das Bündnis aus der Vorgründung; Leitung hat zusätzlichen Einsatz genehmigt.' });
    post.flush([proposal({ id: 'p3', mentorId: 'm3', mentorName: 'Ines Voll' })]);
    await settle();
    http.expectOne('/api/requests/r1/suggestions').flush(SUGGESTIONS);
  });

  it('does not propose when the override dialog is cancelled', async () => {
    await setup();
    await (await loader.getHarness(MatExpansionPanelHarness)).expand();
    await (await loader.getHarness(MatCheckboxHarness.with({ label: /Ines Voll/ }))).check();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Vorschlagen' }))).click();
    await settle();
    await (await (await root.getHarness(MatDialogHarness)).getHarness(MatButtonHarness.with({ text: 'Abbrechen' }))).click();
    await settle();
    http.expectNone({ method: 'POST', url: '/api/requests/r1/suggestions/proposals' });
  });

  it('offers the chosen proposal with the request version, and the next one after a decline', async () => {
    confirmService.confirm.mockResolvedValue(true);
    await setup((host) => host.request.set({ ...REQUEST, proposals: [proposal({}), proposal({ id: 'p2', mentorId: 'm2', mentorName: 'Paul Weit', rank: 2, score: 51 })] }));
    await (await loader.getHarness(MatCheckboxHarness.with({ label: /1\. Hanna Gründer \(/ }))).check();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Anfrage anbieten' }))).click();
    await settle();
    expect(confirmService.confirm).toHaveBeenCalledWith(expect.objectContaining({ title: 'Anfrage anbieten?' }));
    const send = http.expectOne({ method: 'POST', url: '/api/requests/r1/offers' });
    expect(send.request.body).toEqual({ proposalIds: ['p1'], version: 4 });
    send.flush({ requestId: 'r1', status: 'MENTOR_ANGEFRAGT', version: 5, proposals: [proposal({ response: 'ANGEFRAGT', version: 2 })] });
    await settle();
    expect(fixture.componentInstance.changes).toBe(1);

    // while the offer is open nothing else can be offered
    fixture.componentInstance.request.set({
      ...REQUEST,
      status: 'MENTOR_ANGEFRAGT',
      version: 5,
      proposals: [proposal({ response: 'ANGEFRAGT', version: 2 }), proposal({ id: 'p2', mentorId: 'm2', mentorName: 'Paul Weit', rank: 2, score: 51 })],
    });
    await settle();
    expect(await (await loader.getHarness(MatButtonHarness.with({ text: 'Anfrage anbieten' }))).isDisabled()).toBe(true);
    expect(element().textContent).toContain('Das Angebot ist gesendet; die Antwort steht noch aus.');

    // after the decline the request is back in MATCHING and the next proposal can be offered
    fixture.componentInstance.request.set({
      ...REQUEST,
      version: 6,
      proposals: [proposal({ response: 'ABGELEHNT', responseReason: 'Keine Zeit', version: 3 }), proposal({ id: 'p2', mentorId: 'm2', mentorName: 'Paul Weit', rank: 2, score: 51 })],
    });
    await settle();
    const checkboxes = await loader.getAllHarnesses(MatCheckboxHarness.with({ ancestor: '.offerable' }));
    expect(await Promise.all(checkboxes.map((c) => c.getLabelText()))).toEqual(['2. Paul Weit (51 Punkte)']);
    await checkboxes[0]?.check();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Anfrage anbieten' }))).click();
    await settle();
    expect(http.expectOne({ method: 'POST', url: '/api/requests/r1/offers' }).request.body).toEqual({ proposalIds: ['p2'], version: 6 });
  });

  it('offers a reload when the request changed meanwhile', async () => {
    confirmService.confirm.mockResolvedValue(true);
    confirmService.confirmReloadAfterConflict.mockResolvedValue(true);
    await setup((host) => host.request.set({ ...REQUEST, proposals: [proposal({})] }));
    await (await loader.getHarness(MatCheckboxHarness.with({ label: /1\. Hanna Gründer \(/ }))).check();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Anfrage anbieten' }))).click();
    await settle();
    http.expectOne({ method: 'POST', url: '/api/requests/r1/offers' }).flush({ code: 'VERSION_CONFLICT', message: 'Geändert.' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(confirmService.confirmReloadAfterConflict).toHaveBeenCalled();
    expect(fixture.componentInstance.changes).toBe(1);
  });

  it('shows the Leitung the suggestions without choices', async () => {
    await setup((host) => host.canEdit.set(false));
    expect(element().textContent).toContain('Hanna Gründer');
    expect(await loader.getAllHarnesses(MatCheckboxHarness)).toHaveLength(0);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Vorschlagen|Anfrage anbieten/ }))).toHaveLength(0);
  });
});
