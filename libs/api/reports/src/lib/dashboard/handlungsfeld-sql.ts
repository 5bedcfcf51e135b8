/**
 * Alliance ↔ canonical Handlungsfeld pairs: a canonical label counts as itself, a label of an older
 * taxonomy version counts for every canonical field it is mapped onto (domain-research §1.7: "versioned
 * taxonomy with mappings"), each pair once.
 */
export const CANONICAL_ALLIANCE_HANDLUNGSFELD = `
  SELECT ah.alliance_id, ah.handlungsfeld_id AS handlungsfeld_id
    FROM alliance_handlungsfeld ah
    JOIN handlungsfeld h ON h.id = ah.handlungsfeld_id AND h.taxonomy_version = 'KANON'
  UNION
  SELECT ah.alliance_id, m.target_id AS handlungsfeld_id
    FROM alliance_handlungsfeld ah
    JOIN handlungsfeld_mapping m ON m.source_id = ah.handlungsfeld_id`;

/** The canonical Handlungsfelder in display order. */
export const CANONICAL_HANDLUNGSFELDER = `
  SELECT id, code, name FROM handlungsfeld WHERE taxonomy_version = 'KANON' ORDER BY sort_order, code`;
