/**
 * DataSource for the TypeORM CLI (`npm run db:migration:generate -- <Name>`, `npm run db:migrate`).
 * The app reads DATABASE_URL through its validated config; the CLI reads it here.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source';

const url = process.env['DATABASE_URL'];
if (!url) {
  throw new Error('DATABASE_URL must be set for the TypeORM CLI.');
}

export default new DataSource(buildDataSourceOptions({ url, logging: true }));
