import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AppConfig } from './app-config';
import { AuditWriter } from '../persistence/audit-writer';
import { VersionedWriter } from '../persistence/versioned-writer';
import { SessionService } from '../auth/session.service';
import { AuthGuard } from '../auth/auth.guard';
import { DomainEvents } from '../events/domain-events';

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Provides the validated configuration, the persistence helpers, sessions and the domain-event bus to every domain
 * module, and installs the global AuthGuard (every route must declare who may call it).
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        AuditWriter,
        VersionedWriter,
        SessionService,
        DomainEvents,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [APP_CONFIG, AuditWriter, VersionedWriter, SessionService, DomainEvents],
    };
  }
}
