export * from './lib/mentoring.module';
