import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditLogService } from './audit-log.service';

/** Read access to the audit trail (it is written by AuditWriter in every domain's transactions). */
@Module({
  controllers: [AuditController],
  providers: [AuditLogService],
})
export class AuditModule {}
