export * from './laender';
export { parseGemeinden, parseKreise } from './parse';
export type { GemeindeRow, KreisRow } from './parse';
