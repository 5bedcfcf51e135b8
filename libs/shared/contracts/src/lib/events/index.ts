export * from './event.dto';
export * from './event-response.dto';
export * from './event-participant.dto';
