import { ALLIANCE_STATUSES, AllianceStatus } from '../enums';
import { EnumField, UuidField } from '../common/validation';

/** GET /api/map/alliances: optional filters. */
export class AllianceMapQueryDto {
  @EnumField(ALLIANCE_STATUSES, { optional: true })
  status?: AllianceStatus;

  /** A Handlungsfeld id; a canonical field also matches alliances tagged with an older label mapped onto it. */
  @UuidField({ optional: true })
  handlungsfeld?: string;
}

/** One alliance on the map. Coordinates are the Gemeinde's, or the Kreis's for alliances without one. */
export interface AllianceMapPointDto {
  id: string;
  name: string;
  code: string;
  status: AllianceStatus;
  landCode: string;
  landName: string;
  /** Gemeinde name (or Kreis name when the alliance has no Gemeinde); null when neither is known. */
  municipalityName: string | null;
  /** WGS84; null when the alliance has no place (it is then listed, but not drawn). */
  latitude: number | null;
  longitude: number | null;
}

/** Active alliances of one Land (all 16 are listed), for shading the Länder. */
export interface LandAllianceCountDto {
  landCode: string;
  landName: string;
  activeAlliances: number;
}

export interface MapHandlungsfeldOptionDto {
  id: string;
  code: string;
  name: string;
}

export interface AllianceMapDto {
  /** Alliances matching the filters, sorted by Land and name. */
  points: AllianceMapPointDto[];
  /** Active alliances per Land within the caller's scope (independent of the filters). */
  lands: LandAllianceCountDto[];
  /** Canonical Handlungsfelder for the filter. */
  handlungsfelder: MapHandlungsfeldOptionDto[];
}
