export * from './lib/api-alliances.module';
