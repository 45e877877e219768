import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The status board's cells no longer carry a report's findings and key figures, which the board
 * never drew (the report's page and the dossier chart show them). Raising the data version makes
 * every tag a browser holds stale: a 304 would otherwise hand it a cached answer of the old shape,
 * which the dashboard's strict schemas refuse. Nothing is stored differently.
 */
export class LeanStatusCells1765670400000 implements MigrationInterface {
  name = 'LeanStatusCells1765670400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE data_version_slot SET version = version + 1 WHERE slot = 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The version only ever rises: tags of the newer shape must not match after going back either.
    await queryRunner.query(`UPDATE data_version_slot SET version = version + 1 WHERE slot = 0`);
  }
}
