// Public API of web-core: interceptor, guards, navigation model, session-expiry watcher.
export * from './lib/api.interceptor';
export * from './lib/auth.guards';
export * from './lib/navigation';
export * from './lib/session-expiry';
