export * from './lib/mentors.module';
export * from './lib/mentors.service';
export * from './lib/mentor-list.reader';
export * from './lib/mentor-detail.reader';
