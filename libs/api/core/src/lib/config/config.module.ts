import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { AuditWriter } from '../persistence/audit-writer';
import { VersionedWriter } from '../persistence/versioned-writer';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Provides the validated configuration and the persistence helpers to every domain module. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, AuditWriter, VersionedWriter],
      exports: [APP_CONFIG, AuditWriter, VersionedWriter],
    };
  }
}
