import { PatternField } from '../common/validation';

/** The canonical Handlungsfeld list (HF01–HF12); the other versions (A–D) map onto it. */
export const CANONICAL_TAXONOMY_VERSION = 'KANON';
/** `version=all` returns every taxonomy version. */
export const ALL_TAXONOMY_VERSIONS = 'all';

export class HandlungsfeldQueryDto {
  /** Taxonomy version (KANON, A, B, C, D) or `all`; default KANON. */
  @PatternField(
    /^(all|[A-Z0-9_]{1,10})$/,
    'Muss „all“ oder eine Taxonomie-Version sein (z. B. KANON, A, B, C, D).',
    {
      optional: true,
    },
  )
  version?: string;
}

export class HandlungsfeldDto {
  id!: string;
  /** KANON, or A (2008–2012), B (2014–2021), C (2021–2023), D (2023–2025). */
  taxonomyVersion!: string;
  code!: string;
  name!: string;
  validFrom!: string;
  validTo!: string | null;
  sortOrder!: number;
  /** Canonical codes (HF01 …) a label of a historical version maps to; empty for KANON. */
  mapsTo!: string[];
}

export class FachgebietDto {
  code!: string;
  name!: string;
  description!: string | null;
  sortOrder!: number;
}

export class ZielgruppeDto {
  code!: string;
  name!: string;
  sortOrder!: number;
}
