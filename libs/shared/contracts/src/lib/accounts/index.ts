export * from './password-limits';
export * from './auth.dto';
export * from './account.dto';
export * from './user.dto';
