export * from './lib/mentors.module';
