export * from './lib/organisations.module';
export * from './lib/organisations.service';
