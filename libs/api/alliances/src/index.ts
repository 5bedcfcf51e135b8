export * from './lib/alliances.module';
