export * from './lib/alliances.module';
export * from './lib/alliances.service';
