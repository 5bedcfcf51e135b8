export * from './lib/entities';
export * from './lib/naming.strategy';
export * from './lib/data-source';
export * from './lib/runtime/database-admin';
export * from './lib/runtime/embedded-postgres';
export { LAENDER, parseGemeinden, parseKreise } from './lib/reference-data';
export type { GemeindeRow, KreisRow } from './lib/reference-data';
export * from './lib/seeds/demo-seed';
export * from './lib/seeds/demo-accounts';
