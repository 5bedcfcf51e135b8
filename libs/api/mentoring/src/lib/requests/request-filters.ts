import { SelectQueryBuilder } from 'typeorm';
import { MentoringRequest } from '@bn/api/data-access-db';
import { MentoringRequestListQueryDto, MentoringRequestSortField } from '@bn/shared/contracts';

export const REQUEST_SORT_COLUMNS: Record<MentoringRequestSortField, string> = {
  receivedOn: 'request.receivedOn',
  status: 'request.status',
  occasion: 'request.occasion',
  updatedAt: 'request.updatedAt',
};

/** Default: newest received first. */
export function requestSortDirection(query: MentoringRequestListQueryDto): 'asc' | 'desc' {
  return query.direction ?? ((query.sort ?? 'receivedOn') === 'receivedOn' ? 'desc' : 'asc');
}

/**
 * The list filters, on a QueryBuilder with the aliases `request` and `alliance` (joined).
 * `allianceVisible` is an SQL condition telling where the reader may know the alliance; the filters
 * that name the alliance (its id, its name in `q`) apply only there, so that they cannot be used to
 * find out the alliance of a request that does not show it.
 */
export function applyRequestFilters(
  qb: SelectQueryBuilder<MentoringRequest>,
  query: MentoringRequestListQueryDto,
  allianceVisible = 'true',
): void {
  if (!query.includeArchived) qb.andWhere('request.archivedAt IS NULL');
  if (query.status) qb.andWhere('request.status = :status', { status: query.status });
  if (query.occasion) qb.andWhere('request.occasion = :occasion', { occasion: query.occasion });
  if (query.channel) qb.andWhere('request.channel = :channel', { channel: query.channel });
  if (query.allianceId) qb.andWhere(`(request.allianceId = :allianceId AND ${allianceVisible})`, { allianceId: query.allianceId });
  if (query.landCode) qb.andWhere('alliance.landCode = :landCode', { landCode: query.landCode });
  if (query.receivedFrom) qb.andWhere('request.receivedOn >= :receivedFrom', { receivedFrom: query.receivedFrom });
  if (query.receivedTo) qb.andWhere('request.receivedOn <= :receivedTo', { receivedTo: query.receivedTo });
  if (query.owner?.trim()) qb.andWhere('lower(request.owner) = lower(:owner)', { owner: query.owner.trim() });
  if (query.fachgebietCode) {
    qb.andWhere('EXISTS (SELECT 1 FROM request_specialty rs WHERE rs.request_id = request.id AND rs.fachgebiet_code = :fachgebietCode)', {
      fachgebietCode: query.fachgebietCode,
    });
  }
  const term = query.q?.trim();
  if (term) {
    qb.andWhere(
      `(((alliance.searchKey LIKE '%' || bn_fold(:term) || '%' OR alliance.searchKey % bn_fold(:term)) AND ${allianceVisible})
          OR bn_fold(coalesce(request.description, '')) LIKE '%' || bn_fold(:term) || '%')`,
      { term },
    );
  }
}
