export * from './audit-entry.dto';
export * from './audit-query.dto';
