export * from './report-run.enums';
export * from './report-run.dto';
