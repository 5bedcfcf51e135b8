/** The tabs of the alliance page in display order, with the key that `?tab=` carries in the URL. */
export const ALLIANCE_TABS = [
  { key: 'profil', label: 'Profil' },
  { key: 'partner', label: 'Partner' },
  { key: 'kontakte', label: 'Kontakte' },
  { key: 'aktivitaeten', label: 'Aktivitäten' },
  { key: 'projekte', label: 'Projekte' },
  { key: 'veranstaltungen', label: 'Veranstaltungen' },
  { key: 'einsaetze', label: 'Einsätze' },
  { key: 'erklaerung', label: 'Gemeinsame Erklärung' },
  { key: 'verlauf', label: 'Verlauf' },
] as const;

export type AllianceTabKey = (typeof ALLIANCE_TABS)[number]['key'];

/** The tabs a user sees: "Verlauf" only for roles that may read the histories. */
export function visibleTabs(canSeeHistory: boolean): AllianceTabKey[] {
  return ALLIANCE_TABS.map((tab) => tab.key).filter((key) => key !== 'verlauf' || canSeeHistory);
}

/** The index of `?tab=` among the visible tabs (unknown or hidden keys show the profile). */
export function tabIndexOf(key: string | null, tabs: readonly AllianceTabKey[]): number {
  const index = tabs.indexOf(key as AllianceTabKey);
  return index < 0 ? 0 : index;
}
