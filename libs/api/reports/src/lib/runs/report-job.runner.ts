import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { ReportType } from '@bn/shared/contracts';
import { ReportFiguresService } from '../figures/report-figures.service';
import type { ReportParameters } from '../figures/report-parameters';
import { REPORT_JOB_FAILED_MESSAGE } from './report-run.errors';

export const REPORT_QUEUE = 'report-run';

interface ReportJobData {
  runId: string;
}

/**
 * Computes report runs in the background with pg-boss (PostgreSQL as the queue): the request that
 * starts a run returns at once, and every API instance works the same queue, so several instances
 * share the work. pg-boss creates and migrates its own schema "pgboss" on start (not our migrations).
 * It uses the app's connection pool, starts with the app and stops before the pool closes; it runs in
 * NODE_ENV=test as well, because the API tests wait for the jobs.
 */
@Injectable()
export class ReportJobRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReportJobRunner.name);
  private boss: PgBoss | null = null;
  private workerId: string | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly figures: ReportFiguresService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const boss = new PgBoss({
      db: { executeSql: (text: string, values: unknown[]) => pool.query(text, values) },
      schema: 'pgboss',
      migrate: true,
      supervise: true,
      schedule: false,
    });
    boss.on('error', (error: Error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    await boss.createQueue(REPORT_QUEUE, { name: REPORT_QUEUE, retryLimit: 2, retryDelay: 30, expireInSeconds: 900 });
    this.workerId = await boss.work<ReportJobData>(REPORT_QUEUE, { pollingIntervalSeconds: 2, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await this.process(job.data.runId);
    });
    this.boss = boss;
  }

  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 10000, close: false });
  }

  /** Queues a run; this instance's worker is woken at once (another instance may take it first). */
  async enqueue(runId: string): Promise<void> {
    if (!this.boss) throw new Error('The report job queue is not running.');
    await this.boss.send(REPORT_QUEUE, { runId } satisfies ReportJobData, { singletonKey: runId });
    if (this.workerId) this.boss.notifyWorker(this.workerId);
  }

  /**
   * Claims the run (WARTEND, or LAEUFT again after a crashed attempt), computes it with progress
   * updates, and stores document, checksum and FERTIG, or FEHLER with a German message. Job updates
   * leave the run's version alone: the version guards the release, not the computation.
   */
  async process(runId: string): Promise<void> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected]
    const [claimed]: [{ report_type: ReportType; parameters: ReportParameters }[], number] = await this.dataSource.query(
      `UPDATE report_run SET job_state = 'LAEUFT', progress = 0, error = NULL, updated_at = now()
       WHERE id = $1 AND job_state IN ('WARTEND', 'LAEUFT') RETURNING report_type, parameters`,
      [runId],
    );
    const run = claimed[0];
    if (!run) return;
    try {
      const built = await this.figures.build(run.report_type, run.parameters, async (percent) => {
        await this.dataSource.query(`UPDATE report_run SET progress = $2 WHERE id = $1 AND job_state = 'LAEUFT'`, [runId, Math.min(99, percent)]);
      });
      await this.dataSource.query(
        `UPDATE report_run SET job_state = 'FERTIG', progress = 100, checksum = $2, result = $3, finished_at = now(), updated_at = now()
         WHERE id = $1`,
        [runId, built.checksum, JSON.stringify(built.document)],
      );
    } catch (error) {
      this.logger.error(`report run ${runId} failed: ${error instanceof Error ? error.message : String(error)}`);
      await this.dataSource.query(
        `UPDATE report_run SET job_state = 'FEHLER', error = $2, finished_at = now(), updated_at = now() WHERE id = $1`,
        [runId, REPORT_JOB_FAILED_MESSAGE],
      );
    }
  }
}
