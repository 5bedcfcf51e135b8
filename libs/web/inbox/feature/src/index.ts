// Public API of web-inbox-feature: the inbox page and the calendar-feed pages.
export * from './lib/inbox.routes';
