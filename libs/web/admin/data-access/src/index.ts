// Public API of web-admin-data-access: user administration, taxonomies, pickers for account links.
export * from './lib/users-api';
export * from './lib/taxonomy-api';
export * from './lib/user-links-api';
