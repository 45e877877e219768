import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class HealthRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async serverVersion(): Promise<string> {
    const rows: { server_version: string }[] = await this.dataSource.query('SHOW server_version');
    return rows[0]?.server_version ?? 'unknown';
  }

  async appliedMigrations(): Promise<string[]> {
    const rows: { name: string }[] = await this.dataSource.query('SELECT name FROM migrations ORDER BY id');
    return rows.map((r) => r.name);
  }
}
