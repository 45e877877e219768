import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DATABASE_KIND } from './database/database.tokens.js';
import type { OpenedDatabase } from './database/open-database.js';
import { AgencyModule } from './modules/agencies/agency.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { ReportingPeriodModule } from './modules/periods/reporting-period.module.js';
import { ReformAreaModule } from './modules/reform-areas/reform-area.module.js';

@Module({})
export class AppModule {
  /** The app on an opened database; migrations run when the data source starts. */
  static register(database: OpenedDatabase): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...database.options, migrationsRun: true }),
        { module: DatabaseKindModule, global: true, providers: [{ provide: DATABASE_KIND, useValue: database.kind }], exports: [DATABASE_KIND] },
        HealthModule,
        AgencyModule,
        ReformAreaModule,
        ReportingPeriodModule,
      ],
    };
  }
}

@Module({})
class DatabaseKindModule {}
