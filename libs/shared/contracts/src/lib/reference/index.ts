export * from './geography.dto';
export * from './taxonomy.dto';
