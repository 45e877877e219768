import { Logger } from '@nestjs/common';
import { DatabaseAvailability } from './database-availability.js';

/** Collects what the availability tracker logs, level by level. */
function captureLogs(): { lines: { level: string; message: string }[]; restore(): void } {
  const lines: { level: string; message: string }[] = [];
  const record = (level: string) => (message: unknown) => {
    lines.push({ level, message: String(message) });
  };
  Logger.overrideLogger({ log: record('log'), error: record('error'), warn: record('warn'), debug: record('debug'), verbose: record('verbose') });
  return {
    lines,
    restore: () => {
      Logger.overrideLogger(false);
    },
  };
}

describe(DatabaseAvailability.name, () => {
  let logs: ReturnType<typeof captureLogs>;
  let clock: number;
  let availability: DatabaseAvailability;

  beforeEach(() => {
    logs = captureLogs();
    clock = 1_000;
    availability = new DatabaseAvailability(() => clock);
  });
  afterEach(() => logs.restore());

  it('logs nothing while the database stays up', () => {
    availability.reportUp();
    availability.reportUp();
    expect(availability.isDown).toBe(false);
    expect(logs.lines).toEqual([]);
  });

  it('logs an outage once however many requests meet it, and its end once with how long and how many were refused', () => {
    availability.reportDown({ kind: 'unavailable', reason: 'connection refused' });
    availability.countRefused();
    availability.reportDown({ kind: 'unavailable', reason: 'connection lost' });
    availability.countRefused();
    availability.countRefused();
    expect(availability.isDown).toBe(true);
    clock += 4_200;
    availability.reportUp();
    availability.reportUp();

    expect(availability.isDown).toBe(false);
    expect(logs.lines).toEqual([
      { level: 'error', message: expect.stringContaining('Database unavailable (connection refused)') },
      { level: 'log', message: 'Database available again after 4.2 s; 3 requests were answered 503 meanwhile.' },
    ]);
  });

  it('takes a success in the first second of an outage for a straggler of a shutting-down server', () => {
    availability.reportDown({ kind: 'unavailable', reason: 'server shutting down' });
    clock += 300;
    availability.reportUp();
    availability.reportDown({ kind: 'unavailable', reason: 'connection lost' });
    expect(availability.isDown).toBe(true);
    expect(logs.lines).toHaveLength(1);
  });

  it('logs a second outage after the first one ended', () => {
    availability.reportDown({ kind: 'unavailable', reason: 'server shutting down' });
    clock += 2_000;
    availability.reportUp();
    availability.reportDown({ kind: 'unavailable', reason: 'connection refused' });
    expect(logs.lines.filter((l) => l.level === 'error')).toHaveLength(2);
  });
});
