import { ParamMap, Params } from '@angular/router';
import { ListQuery, readListQuery, toApiParams, toQueryParams } from '@bn/web/util';
import { MonthKey, localIsoDate, monthOf, monthRange, parseMonth } from '../calendar/month-grid';

/** Filters of the events list kept in the URL (names as in EventListQueryDto). */
export const EVENT_FILTER_KEYS = ['q', 'eventType', 'organiser', 'format', 'landCode', 'dateFrom', 'dateTo', 'allianceId'] as const;
/** The calendar shows a month; its own date range replaces these filters. */
const DATE_FILTER_KEYS = ['dateFrom', 'dateTo'];
/** Events per request in the calendar (the API's maximum page size). */
export const CALENDAR_PAGE_SIZE = 100;

/** The API's default order (newest first); not repeated in the URL. */
const DEFAULT_SORT = 'startsOn';
const DEFAULT_DIRECTION = 'desc';

export type EventsView = 'liste' | 'kalender';

/** The whole state of the events page as read from the URL. */
export interface EventsPageState {
  view: EventsView;
  query: ListQuery;
  month: MonthKey;
}

export function readEventsPageState(params: ParamMap, today: string = localIsoDate()): EventsPageState {
  return {
    view: params.get('ansicht') === 'kalender' ? 'kalender' : 'liste',
    query: readListQuery(params, EVENT_FILTER_KEYS, { sort: DEFAULT_SORT, direction: DEFAULT_DIRECTION }),
    month: parseMonth(params.get('monat'), monthOf(today)),
  };
}

/** The URL query for a page state (the month only in the calendar, page/sort only in the list). */
export function toEventsQueryParams(state: EventsPageState): Params {
  if (state.view === 'liste') {
    const isDefaultSort = state.query.sort === DEFAULT_SORT && state.query.direction === DEFAULT_DIRECTION;
    return toQueryParams(isDefaultSort ? { ...state.query, sort: null } : state.query);
  }
  const filters = { ...state.query.filters };
  for (const key of DATE_FILTER_KEYS) delete filters[key];
  return { ...filters, ansicht: 'kalender', monat: state.month };
}

/** API parameters of the list view. */
export function listApiParams(state: EventsPageState): Record<string, string> {
  return toApiParams(state.query);
}

/** API parameters of one page of the calendar month (all events of the month, earliest first). */
export function calendarApiParams(state: EventsPageState, page: number): Record<string, string> {
  const filters = { ...state.query.filters };
  for (const key of DATE_FILTER_KEYS) delete filters[key];
  const range = monthRange(state.month);
  return {
    ...filters,
    dateFrom: range.from,
    dateTo: range.to,
    sort: 'startsOn',
    direction: 'asc',
    page: String(page),
    pageSize: String(CALENDAR_PAGE_SIZE),
  };
}
