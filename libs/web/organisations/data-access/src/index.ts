// Public API of web-organisations-data-access.
export {};
