export * from './mentor.dto';
export * from './mentor-response.dto';
export * from './mentor-absence.dto';
export * from './mentor-availability.dto';
export * from './mentor-gallery.dto';
