export * from './organisation.dto';
