import { formatDate } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { Injectable, LOCALE_ID, inject } from '@angular/core';
import type { AllianceListItemDto, EventListItemDto, Page } from '@bn/shared/contracts';
import {
  ALLIANCE_STATUS_LABELS,
  DEPLOYMENT_TYPE_LABELS,
  EVENT_TYPE_LABELS,
  REQUEST_OCCASION_LABELS,
  REQUEST_STATUS_LABELS,
} from '@bn/shared/contracts';
import {
  DeploymentsApi,
  MentoringRequestsApi,
  OPEN_REQUEST_STATUSES,
  REQUEST_STATUS_TONES,
  isOpenOffer,
} from '@bn/web/mentoring/data-access';
import { toIsoDate } from '@bn/web/util';
import { Observable, map } from 'rxjs';
import { WORK_CARD_ITEMS, WorkItem, WorkList } from './work-card';

/** Lists that are counted on the client are read in one capped page (a user's own records are few). */
const CAPPED = '100';
const FIRST_ITEMS = String(WORK_CARD_ITEMS);


/** Today and one year ago as the API's ISO dates. */
export function workDates(now = new Date()): { today: string; yearAgo: string } {
  const yearAgo = new Date(now.getFullYear() - 1, now.getMonth(), now.getDate());
  return { today: toIsoDate(now) ?? '', yearAgo: toIsoDate(yearAgo) ?? '' };
}

/** Filters of the "Alle anzeigen" links: the same filters the cards ask the API with. */
export function workLinks(dates = workDates()) {
  return {
    newRequests: { status: 'EINGEGANGEN' },
    waitingOffers: { status: 'MENTOR_ANGEFRAGT' },
    reportsToReview: { status: 'BERICHT_EINGEREICHT' },
    unconfirmedProfiles: { profileConfirmedBefore: dates.yearAgo, sort: 'profileConfirmedOn', direction: 'asc' },
    upcomingEvents: { dateFrom: dates.today, sort: 'startsOn', direction: 'asc' },
    missingReports: { hasReport: 'false', dateTo: dates.today },
  } as const;
}

/**
 * The reads behind the start page's cards: the domains' list endpoints with filters, the first few
 * records and the total. Every answer is scoped by the API to what the signed-in user may see.
 */
@Injectable({ providedIn: 'root' })
export class WorkQueries {
  private readonly http = inject(HttpClient);
  private readonly requests = inject(MentoringRequestsApi);
  private readonly deployments = inject(DeploymentsApi);
  private readonly locale = inject(LOCALE_ID);
  private readonly date = (iso: string): string => formatDate(iso, 'dd.MM.yyyy', this.locale);

  /** Fachberatung: requests that came in and nobody has looked at yet. */
  newRequests(): Observable<WorkList> {
    return this.requestsWithStatus(workLinks().newRequests.status);
  }

  /** Fachberatung: requests offered to a mentor who has not answered yet. */
  waitingOffers(): Observable<WorkList> {
    return this.requestsWithStatus(workLinks().waitingOffers.status);
  }

  /** Fachberatung: deployments whose report was submitted and waits for review. */
  reportsToReview(): Observable<WorkList> {
    return this.deployments
      .list({ status: workLinks().reportsToReview.status, pageSize: FIRST_ITEMS, sort: 'firstSessionOn', direction: 'asc' })
      .pipe(
        map((page) => ({
          count: page.total,
          items: page.items.map((d): WorkItem => ({
            id: d.id,
            title: d.allianceName,
            link: ['/einsaetze', d.id],
            meta: `${DEPLOYMENT_TYPE_LABELS[d.deploymentType]} · ${d.mentors.map((m) => m.name).join(', ')}`,
          })),
        })),
      );
  }

  /** Fachberatung: alliances whose profile was last confirmed more than a year ago (or never). */
  unconfirmedProfiles(): Observable<WorkList> {
    const filters = workLinks().unconfirmedProfiles;
    return this.alliances({ ...filters, pageSize: FIRST_ITEMS }).pipe(
      map((page) => ({
        count: page.total,
        items: page.items.map((a): WorkItem => ({
          id: a.id,
          title: a.name,
          link: ['/buendnisse', a.id],
          meta: a.profileConfirmedOn ? `Profil zuletzt bestätigt am ${this.date(a.profileConfirmedOn)}` : 'Profil nie bestätigt',
        })),
      })),
    );
  }

  /** Coordinators: their own alliances (the API lists only those for them), with status. */
  ownAlliances(): Observable<WorkList> {
    return this.alliances({ pageSize: CAPPED, sort: 'name' }).pipe(
      map((page) => ({
        count: page.total,
        items: page.items.map((a): WorkItem => ({
          id: a.id,
          title: a.name,
          link: ['/buendnisse', a.id],
          status: { label: ALLIANCE_STATUS_LABELS[a.status], tone: a.status === 'AKTIV' ? 'positive' : a.status === 'RUHEND' ? 'warning' : 'neutral' },
          meta: a.profileConfirmedOn ? `Profil bestätigt am ${this.date(a.profileConfirmedOn)}` : 'Profil noch nicht bestätigt',
        })),
      })),
    );
  }

  /** Coordinators: their alliances' requests that are not closed. */
  openRequests(): Observable<WorkList> {
    return this.requests.list({ pageSize: CAPPED, sort: 'receivedOn', direction: 'desc' }).pipe(
      map((page) => {
        const open = page.items.filter((r) => OPEN_REQUEST_STATUSES.includes(r.status));
        return {
          count: open.length,
          isAtLeast: page.total > page.items.length,
          items: open.map((r): WorkItem => ({
            id: r.id,
            title: `${REQUEST_OCCASION_LABELS[r.occasion]} – ${r.allianceName}`,
            link: ['/anfragen', r.id],
            status: { label: REQUEST_STATUS_LABELS[r.status], tone: REQUEST_STATUS_TONES[r.status] },
            meta: `Eingang ${this.date(r.receivedOn)}`,
          })),
        };
      }),
    );
  }

  /** Coordinators: coming events of their alliances and federal ones. */
  upcomingEvents(): Observable<WorkList> {
    return this.http
      .get<Page<EventListItemDto>>('/api/events', { params: { ...workLinks().upcomingEvents, pageSize: FIRST_ITEMS } })
      .pipe(
        map((page) => ({
          count: page.total,
          items: page.items.map((e): WorkItem => ({
            id: e.id,
            title: e.title,
            link: ['/veranstaltungen', e.id],
            meta: [this.date(e.startsOn) + (e.startTime ? `, ${e.startTime} Uhr` : ''), EVENT_TYPE_LABELS[e.eventType], e.allianceName]
              .filter((part): part is string => !!part)
              .join(' · '),
          })),
        })),
      );
  }

  /** Mentors: offers that wait for their answer. */
  openOffers(): Observable<WorkList> {
    return this.requests.listOffers({ pageSize: CAPPED, sort: 'receivedOn', direction: 'desc' }).pipe(
      map((page) => {
        const open = page.items.filter(isOpenOffer);
        return {
          count: open.length,
          isAtLeast: page.total > page.items.length,
          items: open.map(
            (r): WorkItem => ({
              id: r.id,
              title: `${REQUEST_OCCASION_LABELS[r.occasion]} (${r.landName})`,
              link: ['/anfragen', r.id],
              meta: `Angefragt, Eingang der Anfrage ${this.date(r.receivedOn)}`,
            }),
          ),
        };
      }),
    );
  }

  /** Mentors: own deployments that had sessions already but have no report yet. */
  missingReports(): Observable<WorkList> {
    return this.deployments
      .list({ ...workLinks().missingReports, pageSize: FIRST_ITEMS, sort: 'firstSessionOn', direction: 'asc' })
      .pipe(
        map((page) => ({
          count: page.total,
          items: page.items.map((d): WorkItem => ({
            id: d.id,
            title: d.allianceName,
            link: ['/einsaetze', d.id],
            meta: `${DEPLOYMENT_TYPE_LABELS[d.deploymentType]}${d.lastSessionOn ? ` · letzter Termin ${this.date(d.lastSessionOn)}` : ''}`,
          })),
        })),
      );
  }

  private requestsWithStatus(status: string): Observable<WorkList> {
    return this.requests.list({ status, pageSize: FIRST_ITEMS, sort: 'receivedOn', direction: 'asc' }).pipe(
      map((page) => ({
        count: page.total,
        items: page.items.map((r): WorkItem => ({
          id: r.id,
          title: r.allianceName,
          link: ['/anfragen', r.id],
          meta: `${REQUEST_OCCASION_LABELS[r.occasion]} · Eingang ${this.date(r.receivedOn)}`,
        })),
      })),
    );
  }

  private alliances(params: Record<string, string>): Observable<Page<AllianceListItemDto>> {
    return this.http.get<Page<AllianceListItemDto>>('/api/alliances', { params });
  }
}
