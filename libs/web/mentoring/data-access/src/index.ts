// Public API of web-mentoring-data-access: typed clients of Anfragen and Einsätze, lookups, status tones.
export * from './lib/mentoring-requests-api';
export * from './lib/deployments-api';
export * from './lib/mentoring-lookups';
export * from './lib/mentoring-status';
export * from './lib/workflow-api';
export * from './lib/matching-api';
export * from './lib/offers-api';
