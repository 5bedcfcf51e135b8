export * from './lib/api-persons.module';
