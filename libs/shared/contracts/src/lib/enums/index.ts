export * from './enum-util';
export * from './alliance.enums';
export * from './organisation.enums';
export * from './person.enums';
export * from './mentoring.enums';
export * from './engagement.enums';
export * from './account.enums';
