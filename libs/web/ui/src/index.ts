// Public API of web-ui: presentational building blocks shared by every feature.
export * from './lib/page-header';
export * from './lib/empty-state';
export * from './lib/status-chip';
export * from './lib/confirm-dialog';
export * from './lib/message-page';
export * from './lib/unsaved-changes.guard';
export * from './lib/loading';
export * from './lib/german-paginator-intl';
export * from './lib/charts';
export * from './lib/export-menu';
export * from './lib/record-picker';
