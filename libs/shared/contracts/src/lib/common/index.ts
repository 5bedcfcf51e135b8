export * from './validation';
export * from './pagination';
export * from './errors';
export * from './list-limits';
