export * from './lib/persons.module';
export * from './lib/persons.service';
