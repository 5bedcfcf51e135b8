// Public API of web-alliances-data-access.
export {};
