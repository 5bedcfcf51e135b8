import type {
  MentoringRequestListItemDto,
  MentoringRequestOfferDto,
  ProposalResponse,
  RequestChannel,
  RequestOccasion,
  RequestStatus,
} from '@bn/shared/contracts';

/** One row of the request table, whichever view of a request the API returned. */
export interface RequestRow {
  id: string;
  receivedOn: string;
  /** Null while a mentor may not know the alliance yet (before accepting). */
  allianceName: string | null;
  landName: string;
  occasion: RequestOccasion;
  /** The Fachberatung's and coordinators' view only. */
  channel: RequestChannel | null;
  status: RequestStatus;
  /** The mentor's own answer (mentor view only). */
  offerResponse: ProposalResponse | null;
  isArchived: boolean;
}

export function rowOfListItem(item: MentoringRequestListItemDto): RequestRow {
  return {
    id: item.id,
    receivedOn: item.receivedOn,
    allianceName: item.allianceName,
    landName: item.landName,
    occasion: item.occasion,
    channel: item.channel,
    status: item.status,
    offerResponse: null,
    isArchived: item.archivedAt !== null,
  };
}

export function rowOfOffer(item: MentoringRequestOfferDto): RequestRow {
  return {
    id: item.id,
    receivedOn: item.receivedOn,
    allianceName: item.alliance?.name ?? null,
    landName: item.landName,
    occasion: item.occasion,
    channel: null,
    status: item.status,
    offerResponse: item.offer?.response ?? null,
    isArchived: item.archivedAt !== null,
  };
}
