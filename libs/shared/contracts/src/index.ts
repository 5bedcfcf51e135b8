export * from './lib/enums';
export * from './lib/common';
export * from './lib/organisations';
