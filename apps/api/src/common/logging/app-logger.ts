import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { LogLevelName } from '../../config/app-config.js';

// Nest reports, at its `log` level, every module loaded and every route mapped at start: about
// 190 lines that bury the few a person needs. They are worth seeing when debugging, not daily.
const START_UP_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/** The Nest levels a LOG_LEVEL turns on: itself and every more severe one. */
export function enabledLogLevels(level: LogLevelName): LogLevel[] {
  const order: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
  return order.slice(0, order.indexOf(level) + 1);
}

/** Nest's console logger, with Nest's own start-up lines moved down to the `debug` level. */
export class AppLogger extends ConsoleLogger {
  constructor(level: LogLevelName) {
    super({ logLevels: enabledLogLevels(level) });
  }

  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams.at(-1);
    if (typeof context === 'string' && START_UP_CONTEXTS.has(context)) super.debug(message, ...optionalParams);
    else super.log(message, ...optionalParams);
  }
}
