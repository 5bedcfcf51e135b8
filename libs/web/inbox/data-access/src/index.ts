// Public API of web-inbox-data-access: inbox and calendar-feed clients, the toolbar's unread count.
export * from './lib/inbox-api';
export * from './lib/calendar-feeds-api';
export * from './lib/unread-count';
