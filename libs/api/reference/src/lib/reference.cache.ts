/** Reference data changes only through migrations: clients and proxies may keep it for an hour. */
export const REFERENCE_CACHE_CONTROL = 'public, max-age=3600';
