import { resolve } from 'node:path';
import { AppConfig } from '@bn/api/core';
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from '@bn/api/data-access-db';

export const EMBEDDED_DATABASE_NAME = 'buendnisnetz';

export interface DatabaseHandle {
  url: string;
  isEmbedded: boolean;
  stop(): Promise<void>;
}

/** The configured database, or an embedded PostgreSQL with its data under the project. */
export async function openDatabase(config: AppConfig, announce: (text: string) => void): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, isEmbedded: false, stop: async () => undefined };
  }
  const dataDir = resolve(config.embeddedPgDir);
  announce(`Kein DATABASE_URL gesetzt: starte eingebettetes PostgreSQL in ${dataDir} (Port ${config.embeddedPgPort}) …`);
  const server = await startEmbeddedPostgres(dataDir, config.embeddedPgPort);
  await ensureDatabase(server.serverUrl, EMBEDDED_DATABASE_NAME);
  return { url: withDatabase(server.serverUrl, EMBEDDED_DATABASE_NAME), isEmbedded: true, stop: () => server.stop() };
}
