// Public API of web-mentors-feature.
export * from './lib/mentors.routes';
