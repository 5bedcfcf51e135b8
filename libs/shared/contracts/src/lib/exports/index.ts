export * from './export-query.dto';
