import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { CalendarFeedsApi } from './calendar-feeds-api';
import { InboxApi } from './inbox-api';

describe('InboxApi and CalendarFeedsApi', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('lists the inbox with paging and the unread filter only when set', async () => {
    const api = TestBed.inject(InboxApi);
    const all = firstValueFrom(api.list({ page: 2, pageSize: 10, unread: false }));
    const first = http.expectOne((r) => r.url === '/api/inbox');
    expect(first.request.params.keys().sort()).toEqual(['page', 'pageSize']);
    expect(first.request.params.get('page')).toBe('2');
    first.flush({ items: [], total: 0, page: 2, pageSize: 10 });
    await all;

    const unread = firstValueFrom(api.list({ page: 1, pageSize: 25, unread: true }));
    const second = http.expectOne((r) => r.url === '/api/inbox');
    expect(second.request.params.get('unread')).toBe('true');
    second.flush({ items: [], total: 0, page: 1, pageSize: 25 });
    await unread;
  });

  it('marks one and all read, and reads the unread count', async () => {
    const api = TestBed.inject(InboxApi);
    const one = firstValueFrom(api.markRead('n1'));
    http.expectOne({ method: 'POST', url: '/api/inbox/n1/read' }).flush({});
    const everything = firstValueFrom(api.markAllRead());
    http.expectOne({ method: 'POST', url: '/api/inbox/read-all' }).flush({ marked: 3 });
    const count = firstValueFrom(api.unreadCount());
    http.expectOne({ method: 'GET', url: '/api/inbox/unread-count' }).flush({ unread: 4 });
    await one;
    expect(await everything).toEqual({ marked: 3 });
    expect(await count).toEqual({ unread: 4 });
  });

  it('lists, creates and renews calendar feeds, and names the alliance', async () => {
    const api = TestBed.inject(CalendarFeedsApi);
    const list = firstValueFrom(api.list());
    http.expectOne({ method: 'GET', url: '/api/calendar/feeds' }).flush([]);
    const created = firstValueFrom(api.createOrRenew({ kind: 'ALLIANCE', allianceId: 'a1' }));
    const post = http.expectOne({ method: 'POST', url: '/api/calendar/feeds' });
    expect(post.request.body).toEqual({ kind: 'ALLIANCE', allianceId: 'a1' });
    post.flush({ url: 'https://x/api/calendar/t.ics' });
    const name = firstValueFrom(api.allianceName('a1'));
    http.expectOne('/api/alliances/a1').flush({ id: 'a1', name: 'Bündnis Göttingen' });
    expect(await list).toEqual([]);
    expect(await created).toEqual({ url: 'https://x/api/calendar/t.ics' });
    expect(await name).toBe('Bündnis Göttingen');
  });
});
