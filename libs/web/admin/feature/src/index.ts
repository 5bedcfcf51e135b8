// Public API of web-admin-feature: user administration and taxonomies.
export * from './lib/admin.routes';
