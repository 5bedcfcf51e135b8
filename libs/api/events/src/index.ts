export * from './lib/events.module';
export * from './lib/events.service';
export * from './lib/event-detail.reader';
