// Public API of web-mentors-data-access.
export {};
