import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '@bn/api/core';
import { createApp } from '@bn/api/app';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Boots the real app (validation, filters, all modules) against the run's test database. */
export async function startTestApp(): Promise<TestApp> {
  const url = process.env['BN_TEST_DATABASE_URL'];
  if (!url) throw new Error('BN_TEST_DATABASE_URL is not set; run through the api-e2e jest config.');
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'error', NODE_ENV: 'test' });
  const app = await createApp(config, url);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}

/** A short unique suffix so tests never depend on each other's rows. */
export function uniqueSuffix(): string {
  return Math.random().toString(36).slice(2, 8);
}

/** Counts rows of a table (to prove that rejected requests wrote nothing). */
export async function countRows(dataSource: DataSource, table: string): Promise<number> {
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM "${table}"`);
  return count as number;
}
