/**
 * Bündnisnetz API entry point.
 *   node main.js           migrate, seed when configured, then serve API and web client
 *   node main.js migrate   run pending migrations and exit
 *   node main.js seed      load the demo seed (idempotent) and exit
 */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigError, JsonLogger, loadConfig } from '@bn/api/core';
import { createApp, ShutdownState } from '@bn/api/app';
import { buildDataSourceOptions, formatDemoLogins, migrateDatabase, seedDemoAccounts, seedDemoData } from '@bn/api/data-access-db';
import { openDatabase } from './bootstrap/database';

// JSON lines from the first message on; the level follows the configuration once it is loaded.
const jsonLogger = new JsonLogger('log');
Logger.overrideLogger(jsonLogger);
const logger = new Logger('Bündnisnetz');
/**
 * After SIGTERM the app keeps serving this long with readiness at 503 (and `Connection: close` on every
 * answer), so a load balancer can take it out of rotation before the server stops accepting connections.
 */
const DRAIN_MS = 3000;

/** Operator-facing start messages (URL, demo logins): plain lines on stdout, whatever the log level. */
function announce(text: string): void {
  process.stdout.write(`${text}\n`);
}

async function seed(url: string): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions({ url, poolSize: 2, statementTimeoutMs: 300000 }));
  await dataSource.initialize();
  try {
    const result = await seedDemoData(dataSource);
    announce(result.skipped ? 'Demodaten sind bereits vorhanden.' : `Demodaten geladen: ${JSON.stringify(result.counts)}`);
    for (const line of formatDemoLogins(await seedDemoAccounts(dataSource))) announce(line);
  } finally {
    await dataSource.destroy();
  }
}

async function main(command: string | undefined): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  jsonLogger.setLevel(config.logLevel);
  const database = await openDatabase(config, announce);
  const stopDatabase = async () => database.stop().catch(() => undefined);
  try {
    const applied = await migrateDatabase(database.url);
    if (applied.length) announce(`Migrationen ausgeführt: ${applied.join(', ')}`);
    if (command === 'migrate') return void (await stopDatabase());
    if (command === 'seed' || (command === undefined && config.seedDemo)) await seed(database.url);
    if (command === 'seed') return void (await stopDatabase());
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const app = await createApp(config, database.url);
  await app.listen(config.port, config.host);
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  announce(`Bündnisnetz läuft auf http://${shownHost}:${config.port}/ (API-Dokumentation: http://${shownHost}:${config.port}/api/docs)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} empfangen, beende …`);
    const forceExit = setTimeout(() => process.exit(1), 10000);
    forceExit.unref();
    if (signal === 'SIGTERM') {
      app.get(ShutdownState).beginDraining();
      await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));
    }
    await app.close();
    await stopDatabase();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

const command = process.argv[2];
if (command !== undefined && command !== 'migrate' && command !== 'seed') {
  process.stderr.write(`Unbekannter Befehl "${command}". Erlaubt: migrate, seed (oder nichts zum Starten).\n`);
  process.exit(2);
}
main(command).catch((error: unknown) => {
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
