// Public API of web-mentoring-feature.
export * from './lib/mentoring.routes';
