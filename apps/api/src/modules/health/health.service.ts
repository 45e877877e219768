import { Inject, Injectable } from '@nestjs/common';
import type { HealthDto } from '@cchc/domain';
import { DATABASE_KIND } from '../../database/database.tokens.js';
import type { DatabaseKind } from '../../database/open-database.js';
import { HealthRepository } from './health.repository.js';

@Injectable()
export class HealthService {
  constructor(
    private readonly repository: HealthRepository,
    @Inject(DATABASE_KIND) private readonly databaseKind: DatabaseKind,
  ) {}

  async check(): Promise<HealthDto> {
    const [version, migrations] = await Promise.all([this.repository.serverVersion(), this.repository.appliedMigrations()]);
    return { status: 'ok', database: { kind: this.databaseKind, version }, migrations };
  }
}
