import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies, reform programmes with their areas, and reporting periods. */
export class CreateReferenceTables1764115200000 implements MigrationInterface {
  name = 'CreateReferenceTables1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(32) NOT NULL,
        name_vi text NOT NULL,
        name_en text NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('department', 'board', 'district', 'commune')),
        parent_id uuid REFERENCES agency (id) ON DELETE RESTRICT,
        valid_from date NOT NULL,
        valid_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agency_valid_interval CHECK (valid_to IS NULL OR valid_to >= valid_from),
        CONSTRAINT agency_code_from_unique UNIQUE (code, valid_from)
      )`);
    await queryRunner.query(`CREATE INDEX agency_kind_idx ON agency (kind)`);

    await queryRunner.query(`
      CREATE TABLE reform_programme (
        code varchar(8) PRIMARY KEY,
        resolution_symbol varchar(64) NOT NULL,
        resolution_date date NOT NULL,
        from_year int NOT NULL,
        to_year int NOT NULL,
        name_vi text NOT NULL,
        name_en text NOT NULL,
        CONSTRAINT reform_programme_years CHECK (to_year >= from_year)
      )`);
    await queryRunner.query(`
      CREATE TABLE reform_area (
        id varchar(16) PRIMARY KEY,
        programme_code varchar(8) NOT NULL REFERENCES reform_programme (code) ON DELETE CASCADE,
        ordinal int NOT NULL,
        key varchar(32) NOT NULL,
        name_vi text NOT NULL,
        name_en text NOT NULL,
        CONSTRAINT reform_area_programme_ordinal_unique UNIQUE (programme_code, ordinal)
      )`);

    await queryRunner.query(`
      CREATE TABLE reporting_period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year int NOT NULL,
        kind varchar(8) NOT NULL CHECK (kind IN ('Q1', 'H1', 'Q3', 'M9', 'YEAR', 'ADHOC')),
        window_from date NOT NULL,
        window_to date NOT NULL,
        deadline date NOT NULL,
        grace_days int NOT NULL DEFAULT 0 CHECK (grace_days >= 0),
        title_vi text,
        title_en text,
        CONSTRAINT reporting_period_window CHECK (window_to >= window_from)
      )`);
    // One standard period of each kind a year; ad hoc periods may be many.
    await queryRunner.query(
      `CREATE UNIQUE INDEX reporting_period_year_kind_unique ON reporting_period (year, kind) WHERE kind <> 'ADHOC'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reporting_period`);
    await queryRunner.query(`DROP TABLE reform_area`);
    await queryRunner.query(`DROP TABLE reform_programme`);
    await queryRunner.query(`DROP TABLE agency`);
  }
}
