import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import type { AuditEntryDto, Role } from '@bn/shared/contracts';
import { detail, testProviders } from '../testing/test-helpers';
import { AllianceHistoryTab } from './history-tab';

// Harness-driven dialogs take a few seconds each on a busy machine.
jest.setTimeout(30_000);

const ALLIANCE = detail();
const STATUS_URL = `/api/alliances/${ALLIANCE.id}/status-history`;
const AUDIT_URL = `/api/audit/entities/Alliance/${ALLIANCE.id}`;

function auditEntry(overrides: Partial<AuditEntryDto> = {}): AuditEntryDto {
  return {
    id: 'a1',
    occurredAt: '2026-03-02T10:15:00.000Z',
    actor: 'Frieda Fachberatung',
    actorId: 'u1',
    action: 'UPDATE',
    entityType: 'Alliance',
    entityId: ALLIANCE.id,
    changes: {
      name: { before: 'Altes Bündnis', after: 'Neues Bündnis' },
      published: { before: false, after: true },
      foundingDate: { before: null, after: '2019-05-14' },
      version: { before: 3, after: 4 },
      updatedAt: { before: 'x', after: 'y' },
    },
    before: null,
    after: null,
    ip: null,
    requestId: null,
    ...overrides,
  };
}

describe('AllianceHistoryTab', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AllianceHistoryTab>;

  async function open(role: Role): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: testProviders(role) });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AllianceHistoryTab);
    fixture.componentRef.setInput('alliance', ALLIANCE);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('shows the Servicebüro the status history and the audit trail with German field names and values', async () => {
    const element = await open('FACHBERATUNG');
    http.expectOne(STATUS_URL).flush([
      { id: 's1', fromStatus: 'AKTIV', toStatus: 'RUHEND', changedOn: '2025-11-30', actor: 'Frieda Fachberatung', reason: 'Pause.', createdAt: '' },
    ]);
    const audit = http.expectOne((req) => req.url === AUDIT_URL);
    expect(audit.request.params.get('page')).toBe('1');
    expect(audit.request.params.get('pageSize')).toBe('10');
    audit.flush({ items: [auditEntry()], total: 1, page: 1, pageSize: 10 });
    await fixture.whenStable();

    const text = element.textContent ?? '';
    expect(text).toContain('Statusverlauf');
    expect(text).toContain('30.11.2025');
    expect(text).toContain('Ruhend');
    expect(text).toContain('Änderungsprotokoll');
    expect(text).toContain('Geändert');
    expect(text).toContain('Name: Altes Bündnis');
    expect(text).toContain('Neues Bündnis');
    expect(text).toContain('Veröffentlicht: Nein');
    expect(text).toContain('Gründungsdatum: –');
    expect(text).toContain('14.05.2019');
    expect(text).not.toContain('version');
    expect(element.querySelectorAll('th[scope="col"]').length).toBe(9);
  });

  it('pages through a long audit trail on the server', async () => {
    await open('LEITUNG');
    http.expectOne(STATUS_URL).flush([]);
    http.expectOne((req) => req.url === AUDIT_URL).flush({ items: [auditEntry()], total: 23, page: 1, pageSize: 10 });
    await fixture.whenStable();
    const paginator = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatPaginatorHarness);
    await paginator.goToNextPage();
    const next = http.expectOne((req) => req.url === AUDIT_URL);
    expect(next.request.params.get('page')).toBe('2');
    next.flush({ items: [auditEntry({ id: 'a2' })], total: 23, page: 2, pageSize: 10 });
  });

  it('shows a coordinator the status history only (the audit trail is the Servicebüro’s)', async () => {
    const element = await open('KOORDINATION');
    http.expectOne(STATUS_URL).flush([]);
    http.expectNone((req) => req.url === AUDIT_URL);
    await fixture.whenStable();
    expect(element.textContent).toContain('Noch keine Statusänderungen verzeichnet.');
    expect(element.textContent).not.toContain('Änderungsprotokoll');
  });
});
