export * from './lib/german-text';
export * from './lib/dates';
