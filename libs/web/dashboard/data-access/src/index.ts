// Public API of web-dashboard-data-access.
export * from './lib/dashboard-api';
