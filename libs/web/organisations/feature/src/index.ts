// Public API of web-organisations-feature.
export * from './lib/organisations.routes';
