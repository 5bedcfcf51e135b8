export * from './lib/app.module';
export * from './lib/create-app';
export * from './lib/shutdown-state';
