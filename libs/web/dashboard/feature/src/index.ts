// Public API of web-dashboard-feature.
export * from './lib/dashboard.routes';
