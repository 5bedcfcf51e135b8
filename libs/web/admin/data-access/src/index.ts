// Public API of web-admin-data-access.
export {};
