import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, CoreModule } from '@bn/api/core';
import { buildDataSourceOptions } from '@bn/api/data-access-db';
import { OrganisationsModule } from '@bn/api/organisations';
import { ReferenceModule } from '@bn/api/reference';
import { PersonsModule } from '@bn/api/persons';
import { AlliancesModule } from '@bn/api/alliances';
import { EngagementModule } from '@bn/api/engagement';
import { EventsModule } from '@bn/api/events';
import { MentorsModule } from '@bn/api/mentors';
import { MentoringModule } from '@bn/api/mentoring';
import { SearchModule } from '@bn/api/search';
import { AccountsModule } from '@bn/api/accounts';
import { AuditModule } from '@bn/api/audit';
import { DashboardModule, ExportsModule, ReportsModule } from '@bn/api/reports';
import { NotificationsModule } from '@bn/api/notifications';
import { HealthController } from './health.controller';
import { ShutdownState } from './shutdown-state';

/** The API: configuration, database and every domain module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions({
            url: databaseUrl,
            poolSize: config.dbPoolSize,
            statementTimeoutMs: config.dbStatementTimeoutMs,
          }),
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        ReferenceModule,
        OrganisationsModule,
        PersonsModule,
        AlliancesModule,
        EngagementModule,
        EventsModule,
        MentorsModule,
        MentoringModule,
        SearchModule,
        AccountsModule,
        AuditModule,
        NotificationsModule,
        DashboardModule,
        ExportsModule,
        ReportsModule,
      ],
      controllers: [HealthController],
      providers: [ShutdownState],
    };
  }
}
