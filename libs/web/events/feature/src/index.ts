// Public API of web-events-feature.
export * from './lib/events.routes';
