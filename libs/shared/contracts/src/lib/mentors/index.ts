export * from './mentor.dto';
export * from './mentor-response.dto';
export * from './mentor-absence.dto';
