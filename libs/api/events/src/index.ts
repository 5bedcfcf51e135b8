export * from './lib/api-events.module';
