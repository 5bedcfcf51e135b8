// Public API of web-mentors-data-access.
export * from './lib/mentors-api';
export * from './lib/mentor-lookups';
