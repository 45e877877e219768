import type { LoggerService } from '@nestjs/common';

export interface LogLine {
  level: 'log' | 'error' | 'warn' | 'debug' | 'verbose' | 'fatal';
  /** Everything passed, message first (for `error`: message, stack, context). */
  parts: string[];
}

/** A Nest logger that keeps every line, to assert on what the app logs. */
export class CaptureLogger implements LoggerService {
  readonly lines: LogLine[] = [];

  log(...parts: unknown[]): void {
    this.add('log', parts);
  }
  error(...parts: unknown[]): void {
    this.add('error', parts);
  }
  warn(...parts: unknown[]): void {
    this.add('warn', parts);
  }
  debug(...parts: unknown[]): void {
    this.add('debug', parts);
  }
  verbose(...parts: unknown[]): void {
    this.add('verbose', parts);
  }
  fatal(...parts: unknown[]): void {
    this.add('fatal', parts);
  }

  /** Lines of the given level; `text` is all their parts joined, for searching. */
  at(level: LogLine['level']): (LogLine & { text: string })[] {
    return this.lines.filter((l) => l.level === level).map((l) => ({ ...l, text: l.parts.join('\n') }));
  }

  /** All that was logged, as one text. */
  get text(): string {
    return this.lines.map((l) => l.parts.join('\n')).join('\n');
  }

  private add(level: LogLine['level'], parts: unknown[]): void {
    this.lines.push({ level, parts: parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p) ?? String(p))) });
  }
}
