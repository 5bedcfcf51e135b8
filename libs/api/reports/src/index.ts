export * from './lib/document/report-document';
