// Public API of web-events-data-access.
export * from './lib/events-api';
export * from './lib/event-lookups';
