export * from './lib/document/report-document';
export * from './lib/dashboard/dashboard.module';
export * from './lib/exports/exports.module';
export * from './lib/writers';
export * from './lib/reports.module';
