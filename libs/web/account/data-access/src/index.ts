// Public API of web-account-data-access: sign-in, session state, own account.
export * from './lib/auth-api';
export * from './lib/session-store';
export * from './lib/account-api';
