import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Signing } from '@cchc/domain';
import type { SqlRunner } from '../reports/report-figures.writer.js';

/** A stored reminder letter. */
export interface ReminderLetterRow {
  id: string;
  periodId: string;
  number: string;
  symbol: string;
  issuedOn: string;
  replyBy: string | null;
  agencyIds: string[];
  signer: Signing;
  createdBy: string;
  createdAt: Date;
}

/** An agency's report of a period as the reminders read it: whether it was ever submitted. */
export interface PeriodReport {
  agencyId: string;
  reportId: string;
  submitted: boolean;
}

const DAYS_SETTING = 'reminders.days';
const LAST_RUN_SETTING = 'reminders.last_run';

/**
 * What the deadline reminders and the reminder letters store: their settings (app_setting), the
 * claims that make each reminder go out once (reminder_claim), and the letters.
 */
@Injectable()
export class ReminderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The reports of a period, each with whether it has been submitted (first submission), to know who has not. */
  async periodReports(periodId: string, db: SqlRunner = this.dataSource): Promise<PeriodReport[]> {
    const rows = (await db.query(`SELECT agency_id, id, first_submitted_at IS NOT NULL AS submitted FROM report WHERE period_id = $1`, [periodId])) as {
      agency_id: string;
      id: string;
      submitted: boolean;
    }[];
    return rows.map((row) => ({ agencyId: row.agency_id, reportId: row.id, submitted: row.submitted }));
  }

  /**
   * Claims a reminder step of a period for subjects (agency ids, or HOME_AFFAIRS): the subjects
   * returned are those no one claimed before, the only ones to notify. Two instances running at
   * once both insert; the primary key makes the second wait for the first's commit and then find
   * the rows taken.
   */
  async claim(db: SqlRunner, periodId: string, step: string, subjects: readonly string[]): Promise<string[]> {
    if (subjects.length === 0) return [];
    const rows = (await db.query(
      `INSERT INTO reminder_claim (period_id, subject, step)
       SELECT $1, subject, $2 FROM unnest($3::varchar[]) AS subject
       ON CONFLICT DO NOTHING
       RETURNING subject`,
      [periodId, step, [...subjects]],
    )) as { subject: string }[];
    return rows.map((row) => row.subject);
  }

  /** Stores a letter; the unique (year, number) of Home Affairs' register refuses a number used twice in a year. */
  async insertLetter(db: SqlRunner, letter: Omit<ReminderLetterRow, 'id' | 'createdAt'>): Promise<ReminderLetterRow> {
    const rows = (await db.query(
      `INSERT INTO reminder_letter (period_id, number, year, symbol, issued_on, reply_by, agency_ids, signer, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], $8::jsonb, $9)
       RETURNING id, created_at`,
      [letter.periodId, letter.number, Number(letter.issuedOn.slice(0, 4)), letter.symbol, letter.issuedOn, letter.replyBy, letter.agencyIds, JSON.stringify(letter.signer), letter.createdBy],
    )) as { id: string; created_at: Date }[];
    return { ...letter, id: rows[0]!.id, createdAt: new Date(rows[0]!.created_at) };
  }

  /** The letters, newest first; of one period when given. */
  async letters(periodId?: string): Promise<ReminderLetterRow[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT ${LETTER_COLUMNS} FROM reminder_letter WHERE $1::uuid IS NULL OR period_id = $1 ORDER BY created_at DESC, id DESC`,
      [periodId ?? null],
    );
    return rows.map(letterOf);
  }

  /** How many in-app notifications each letter made (a letter's id is in its notifications' details). */
  async notifiedCounts(letterIds: readonly string[]): Promise<Map<string, number>> {
    if (letterIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ letter_id: string; count: number }[]>(
      `SELECT details -> 'letter' ->> 'id' AS letter_id, count(*)::int AS count FROM notification
       WHERE kind = 'REMINDER_LETTER' AND details -> 'letter' ->> 'id' = ANY($1::text[])
       GROUP BY 1`,
      [[...letterIds]],
    );
    return new Map(rows.map((row) => [row.letter_id, Number(row.count)]));
  }

  async letter(id: string): Promise<ReminderLetterRow | null> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(`SELECT ${LETTER_COLUMNS} FROM reminder_letter WHERE id = $1`, [id]);
    return rows[0] ? letterOf(rows[0]) : null;
  }

  async setting<T>(key: typeof DAYS_SETTING | typeof LAST_RUN_SETTING, db: SqlRunner = this.dataSource): Promise<T | null> {
    const rows = (await db.query(`SELECT value FROM app_setting WHERE key = $1`, [key])) as { value: string }[];
    return rows[0] ? (JSON.parse(rows[0].value) as T) : null;
  }

  async saveSetting(db: SqlRunner, key: typeof DAYS_SETTING | typeof LAST_RUN_SETTING, value: unknown): Promise<void> {
    await db.query(`INSERT INTO app_setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [key, JSON.stringify(value)]);
  }
}

export const REMINDER_SETTINGS = { days: DAYS_SETTING, lastRun: LAST_RUN_SETTING } as const;

const LETTER_COLUMNS = `id, period_id, number, symbol, to_char(issued_on, 'YYYY-MM-DD') AS issued_on, to_char(reply_by, 'YYYY-MM-DD') AS reply_by,
  agency_ids, signer, created_by, created_at`;

function letterOf(row: Record<string, unknown>): ReminderLetterRow {
  const ids = row.agency_ids as string[] | string;
  return {
    id: row.id as string,
    periodId: row.period_id as string,
    number: row.number as string,
    symbol: row.symbol as string,
    issuedOn: row.issued_on as string,
    replyBy: (row.reply_by as string | null) ?? null,
    agencyIds: Array.isArray(ids) ? ids : ids.replace(/^\{|\}$/g, '').split(',').filter(Boolean),
    signer: (typeof row.signer === 'string' ? JSON.parse(row.signer) : row.signer) as Signing,
    createdBy: row.created_by as string,
    createdAt: new Date(row.created_at as string),
  };
}
