export * from './lib/persons.module';
