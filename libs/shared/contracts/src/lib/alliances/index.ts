export * from './alliance-constants';
export * from './alliance.dto';
export * from './alliance-detail.dto';
export * from './alliance-status.dto';
export * from './partnership.dto';
export * from './declaration.dto';
export * from './status-request.dto';
