import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ParseIdPipe, Roles } from '@bn/api/core';
import { AuditEntityType, AuditEntryDto, AuditHistoryQueryDto, AuditListQueryDto, Page } from '@bn/shared/contracts';
import { AuditLogService } from './audit-log.service';
import { ParseEntityTypePipe } from './entity-type.pipe';

/**
 * The audit trail, read-only for the Servicebüro (PRODUCT.md: everything except the audit log).
 * There are deliberately no write routes; the database refuses UPDATE/DELETE/TRUNCATE as well.
 */
@ApiTags('Änderungsprotokoll')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('audit')
export class AuditController {
  constructor(private readonly auditLog: AuditLogService) {}

  /** All entries, newest first, filtered by user, record, action and period. */
  @Get()
  list(@Query() query: AuditListQueryDto): Promise<Page<AuditEntryDto>> {
    return this.auditLog.list(query);
  }

  /** The history of one record, newest first. */
  @Get('entities/:entityType/:entityId')
  history(
    @Param('entityType', new ParseEntityTypePipe()) entityType: AuditEntityType,
    @Param('entityId', ParseIdPipe) entityId: string,
    @Query() query: AuditHistoryQueryDto,
  ): Promise<Page<AuditEntryDto>> {
    return this.auditLog.history(entityType, entityId, query);
  }
}
