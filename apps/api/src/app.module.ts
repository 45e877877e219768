import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './config/config.tokens.js';
import { CLOCK, type Clock } from './common/clock.js';
import { DatabaseAvailability } from './common/database/database-availability.js';
import { Transactions } from './common/database/transactions.js';
import { DATABASE_KIND } from './database/database.tokens.js';
import type { OpenedDatabase } from './database/open-database.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { ReportModule } from './modules/reports/report.module.js';
import { AgencyModule } from './modules/agencies/agency.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { ReportingPeriodModule } from './modules/periods/reporting-period.module.js';
import { ReformAreaModule } from './modules/reform-areas/reform-area.module.js';
import { DashboardModule } from './modules/dashboard/dashboard.module.js';
import { FiguresModule } from './modules/figures/figures.module.js';
import { CompilationModule } from './modules/compilations/compilation.module.js';
import { DocumentsModule } from './modules/documents/documents.module.js';
import { SetupModule } from './modules/setup/setup.module.js';
import { ReportImportModule } from './modules/imports/report-import.module.js';
import { ReferenceDataModule } from './modules/reference-data/reference-data.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { RemindersModule } from './modules/reminders/reminders.module.js';

@Module({})
export class AppModule {
  /** The app on an opened database; migrations run when the data source starts. */
  static register(config: AppConfig, database: OpenedDatabase, clock: Clock = () => new Date()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...database.options, migrationsRun: true }),
        {
          module: CoreModule,
          global: true,
          providers: [
            { provide: DATABASE_KIND, useValue: database.kind },
            { provide: APP_CONFIG, useValue: config },
            { provide: CLOCK, useValue: clock },
            { provide: DatabaseAvailability, useValue: new DatabaseAvailability() },
            Transactions,
          ],
          exports: [DATABASE_KIND, APP_CONFIG, CLOCK, DatabaseAvailability, Transactions],
        },
        AuthModule,
        SetupModule,
        HealthModule,
        AgencyModule,
        ReformAreaModule,
        ReportingPeriodModule,
        ReferenceDataModule,
        ReportModule,
        AuditModule,
        DashboardModule,
        FiguresModule,
        CompilationModule,
        DocumentsModule,
        ReportImportModule,
        NotificationsModule,
        RemindersModule,
      ],
    };
  }
}

@Module({})
class CoreModule {}
