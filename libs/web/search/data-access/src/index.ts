// Public API of web-search-data-access: the global search client.
export * from './lib/search-api';
