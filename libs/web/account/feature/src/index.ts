// Public API of web-account-feature: sign-in pages, the own account page and the accessibility statement.
export * from './lib/account.routes';
