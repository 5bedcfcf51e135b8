export * from './person.dto';
export * from './person-function.dto';
export * from './consent.dto';
