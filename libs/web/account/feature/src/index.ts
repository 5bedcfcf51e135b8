// Public API of web-account-feature: sign-in pages and the own account page.
export * from './lib/account.routes';
