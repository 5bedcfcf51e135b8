export * from './lib/api-organisations.module';
