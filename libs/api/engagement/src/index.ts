export * from './lib/api-engagement.module';
