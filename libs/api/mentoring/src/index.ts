export * from './lib/api-mentoring.module';
