export * from './search.dto';
