// Public API of web-alliances-data-access.
export * from './lib/alliances-api';
export * from './lib/reference-api';
export * from './lib/organisation-lookup';
export * from './lib/relations';
