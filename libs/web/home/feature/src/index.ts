// Public API of web-home-feature.
export * from './lib/home.routes';
