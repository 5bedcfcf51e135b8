import type { Role } from '@bn/shared/contracts';

export interface NavItem {
  label: string;
  icon: string;
  link: string;
  /** Roles that see the item (the API enforces the same rules; this only keeps the menu honest). */
  roles: readonly Role[];
}

const CONTENT_ROLES: readonly Role[] = ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION'];
const WORK_ROLES: readonly Role[] = ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR'];
/** Dashboard and map: aggregates for everyone but the Administration (accounts, not content). */
const DASHBOARD_ROLES: readonly Role[] = ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR', 'MINISTERIUM'];
const ALL_ROLES: readonly Role[] = ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR', 'MINISTERIUM', 'ADMINISTRATION'];

/** The side navigation: each area with the roles that may use it. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Start', icon: 'home', link: '/', roles: ALL_ROLES },
  { label: 'Übersicht', icon: 'insights', link: '/uebersicht', roles: DASHBOARD_ROLES },
  { label: 'Karte', icon: 'map', link: '/karte', roles: DASHBOARD_ROLES },
  { label: 'Berichte', icon: 'summarize', link: '/berichte', roles: ['FACHBERATUNG', 'LEITUNG', 'MINISTERIUM'] },
  { label: 'Bündnisse', icon: 'diversity_3', link: '/buendnisse', roles: WORK_ROLES },
  { label: 'Organisationen', icon: 'corporate_fare', link: '/organisationen', roles: CONTENT_ROLES },
  { label: 'Personen', icon: 'contacts', link: '/personen', roles: CONTENT_ROLES },
  { label: 'Mentor:innen', icon: 'school', link: '/mentorinnen', roles: WORK_ROLES },
  { label: 'Veranstaltungen', icon: 'event', link: '/veranstaltungen', roles: WORK_ROLES },
  { label: 'Anfragen', icon: 'assignment', link: '/anfragen', roles: WORK_ROLES },
  { label: 'Einsätze', icon: 'handshake', link: '/einsaetze', roles: WORK_ROLES },
  { label: 'Benachrichtigungen', icon: 'notifications', link: '/benachrichtigungen', roles: ALL_ROLES },
  { label: 'Benutzer:innen', icon: 'manage_accounts', link: '/verwaltung/benutzer', roles: ['ADMINISTRATION', 'LEITUNG'] },
  // The Fachberatung may invite coordinators and mentors, but not see the user list.
  { label: 'Einladen', icon: 'person_add', link: '/verwaltung/einladen', roles: ['FACHBERATUNG'] },
  { label: 'Taxonomien', icon: 'category', link: '/verwaltung/taxonomien', roles: ['ADMINISTRATION', 'LEITUNG', 'FACHBERATUNG'] },
];

export function navItemsFor(role: Role | null): NavItem[] {
  return role ? NAV_ITEMS.filter((item) => item.roles.includes(role)) : [];
}
