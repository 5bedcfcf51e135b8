// Public API of web-util: HTTP error mapping, form helpers, German dates, list state in the URL, pipes.
export * from './lib/api-error';
export * from './lib/server-errors';
export * from './lib/german-dates';
export * from './lib/german-datepicker-intl';
export * from './lib/list-query';
export * from './lib/label.pipe';
export * from './lib/field-error.pipe';
export * from './lib/file-download';
