// Public API of web-events-data-access.
export {};
