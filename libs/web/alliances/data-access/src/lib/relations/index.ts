// Clients for the records shown in the alliance's tabs (partners, contacts, activities, ...).
export type { PageRequest } from './page-request';
export * from './partnerships-api';
export * from './declarations-api';
export * from './activities-api';
export * from './projects-api';
export * from './alliance-events-api';
export * from './alliance-deployments-api';
export * from './contacts-api';
export * from './partner-organisations-api';
