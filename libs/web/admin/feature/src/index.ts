// Public API of web-admin-feature.
export * from './lib/admin.routes';
