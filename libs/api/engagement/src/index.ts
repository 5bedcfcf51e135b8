export * from './lib/engagement.module';
