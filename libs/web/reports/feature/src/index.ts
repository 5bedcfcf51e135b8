// Public API of web-reports-feature.
export * from './lib/reports.routes';
