// Public API of web-reports-data-access.
export * from './lib/reports-api';
export * from './lib/exports-api';
