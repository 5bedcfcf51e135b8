export * from './dashboard.dto';
export * from './alliance-map.dto';
