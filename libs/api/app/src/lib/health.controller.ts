import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Response } from 'express';
import { ShutdownState } from './shutdown-state';
import { Public } from '@bn/api/core';

export interface HealthDto {
  status: 'ok' | 'error';
  database?: 'ok' | 'unreachable';
  shuttingDown?: boolean;
}

const READINESS_TIMEOUT_MS = 2000;

@ApiTags('Betrieb')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shutdown: ShutdownState,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @HttpCode(HttpStatus.OK)
  live(): HealthDto {
    return { status: 'ok' };
  }

  /** Readiness: the database answers and the app is not draining. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    if (this.shutdown.isShuttingDown) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', shuttingDown: true };
    }
    const reachable = await this.pingDatabase();
    if (!reachable) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', database: 'unreachable' };
    }
    return { status: 'ok', database: 'ok' };
  }

  private async pingDatabase(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
    });
    const ping = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([ping, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
