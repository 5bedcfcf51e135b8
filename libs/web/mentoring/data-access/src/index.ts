// Public API of web-mentoring-data-access.
export {};
