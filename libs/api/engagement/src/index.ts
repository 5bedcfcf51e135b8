export * from './lib/engagement.module';
export * from './lib/activities.service';
export * from './lib/projects.service';
