// Public API of web-organisations-data-access: typed clients of the organisations API and of the
// reference geography its filters and pickers use.
export * from './lib/organisations-api';
export * from './lib/reference-geography-api';
