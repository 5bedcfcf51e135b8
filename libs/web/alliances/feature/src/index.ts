// Public API of web-alliances-feature.
export * from './lib/alliances.routes';
