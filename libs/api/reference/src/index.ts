export * from './lib/api-reference.module';
