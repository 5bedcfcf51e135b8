export * from './lib/api-search.module';
