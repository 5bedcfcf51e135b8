export * from './notification.enums';
export * from './inbox.dto';
export * from './calendar-feed.dto';
