import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, DestroyRef, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { UNREAD_POLL_MS, UnreadCount } from './unread-count';

@Component({ template: '' })
class Page {}

@Component({ template: '' })
class Watcher {
  readonly store = inject(UnreadCount);
  constructor() {
    this.store.watch(inject(DestroyRef));
  }
}

describe('UnreadCount', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', component: Page }])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('asks on start, every 60 seconds, after a navigation and on refresh; stops when the shell goes', async () => {
    const fixture = TestBed.createComponent(Watcher);
    const store = fixture.componentInstance.store;
    http.expectOne('/api/inbox/unread-count').flush({ unread: 2 });
    expect(store.unread()).toBe(2);

    jest.advanceTimersByTime(UNREAD_POLL_MS);
    http.expectOne('/api/inbox/unread-count').flush({ unread: 3 });
    expect(store.unread()).toBe(3);

    jest.advanceTimersByTime(2000);
    const navigated = TestBed.inject(Router).navigateByUrl('/einsaetze');
    await jest.runOnlyPendingTimersAsync();
    await navigated;
    http.expectOne('/api/inbox/unread-count').flush({ unread: 1 });
    expect(store.unread()).toBe(1);

    store.refresh();
    http.expectOne('/api/inbox/unread-count').flush({ unread: 0 });
    expect(store.unread()).toBe(0);

    // a failed poll keeps the last known count
    jest.advanceTimersByTime(UNREAD_POLL_MS);
    http.expectOne('/api/inbox/unread-count').flush({ code: 'X', message: 'Fehler' }, { status: 500, statusText: 'Error' });
    expect(store.unread()).toBe(0);

    fixture.destroy();
    jest.advanceTimersByTime(UNREAD_POLL_MS * 2);
    http.expectNone('/api/inbox/unread-count');
  });
});
