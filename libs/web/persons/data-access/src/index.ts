// Public API of web-persons-data-access: typed client of the persons API (functions, consents,
// Art. 14 notice), the picker source for function targets and the detail page's store.
export * from './lib/persons-api';
export * from './lib/function-targets-api';
export * from './lib/person-detail-store';
