// Public API of web-persons-data-access.
export {};
