import type { AllianceStatus, TerritorialLevel } from '../enums';

// Plain constants only: this file holds no decorated class, so a client that imports a constant does
// not pull the DTO classes (whose class-transformer decorators need reflect-metadata) into its bundle.

/** Statuses an alliance may be created in; later statuses are reached through transitions only. */
export const ALLIANCE_INITIAL_STATUSES = ['INTERESSENT', 'IN_GRUENDUNG', 'AKTIV'] as const satisfies readonly AllianceStatus[];
export type AllianceInitialStatus = (typeof ALLIANCE_INITIAL_STATUSES)[number];

/** Territorial levels whose place is a Gemeinde (8-digit AGS); Land and Kreis follow from it. */
export const GEMEINDE_LEVELS = ['GEMEINDE', 'STADT', 'KREISFREIE_STADT', 'STADTBEZIRK'] as const satisfies readonly TerritorialLevel[];
/** Territorial levels whose place is a Kreis (5-digit AGS); the Land follows from it. */
export const KREIS_LEVELS = ['LANDKREIS', 'REGION'] as const satisfies readonly TerritorialLevel[];

export const ALLIANCE_SORT_FIELDS = ['name', 'code', 'status', 'landCode', 'foundingYear', 'updatedAt', 'profileConfirmedOn'] as const;
export type AllianceSortField = (typeof ALLIANCE_SORT_FIELDS)[number];
