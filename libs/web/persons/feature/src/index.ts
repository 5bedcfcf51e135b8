// Public API of web-persons-feature.
export * from './lib/persons.routes';
