export * from './lib/api-mentors.module';
