import { ParamMap, Params } from '@angular/router';
import { ListQuery, readListQuery, toApiParams, toQueryParams } from '@bn/web/util';

/** `ansicht=alle`: every profile with status and availability (Fachberatung, Leitung); otherwise the gallery. */
export type MentorsView = 'galerie' | 'alle';

/** Filters both views understand (names as in MentorGalleryQueryDto / MentorListQueryDto). */
const SHARED_FILTER_KEYS = ['q', 'fachgebietCode', 'landCode', 'mode'] as const;
/** Filters only the list of all profiles has. */
const LIST_FILTER_KEYS = ['status', 'available'] as const;

export interface MentorsPageState {
  view: MentorsView;
  query: ListQuery;
}

export function readMentorsPageState(params: ParamMap, mayListAll: boolean): MentorsPageState {
  const view: MentorsView = mayListAll && params.get('ansicht') === 'alle' ? 'alle' : 'galerie';
  const keys = view === 'alle' ? [...SHARED_FILTER_KEYS, ...LIST_FILTER_KEYS] : SHARED_FILTER_KEYS;
  // The gallery is ordered by name on the server and takes no sort parameter.
  return { view, query: { ...readListQuery(params, keys, { pageSize: 25 }), sort: null } };
}

export function toMentorsQueryParams(state: MentorsPageState): Params {
  const params = toQueryParams(state.query);
  return state.view === 'alle' ? { ansicht: 'alle', ...params } : params;
}

/** API parameters: the gallery (`GET /api/mentors/gallery`) or all profiles (`GET /api/mentors`), sorted by name. */
export function mentorsApiParams(state: MentorsPageState): Record<string, string> {
  const params = toApiParams(state.query);
  return state.view === 'alle' ? { ...params, sort: 'lastName', direction: 'asc' } : params;
}
