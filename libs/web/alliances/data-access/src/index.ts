// Public API of web-alliances-data-access.
export * from './lib/relations';
