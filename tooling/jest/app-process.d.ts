import type { ChildProcess } from 'node:child_process';

export interface AppProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

export function freePort(): Promise<number>;
export function startAppProcess(main: string, env: Record<string, string>): AppProcess;
export function waitForHealthy(url: string, app: Pick<AppProcess, 'child' | 'output'>, timeoutMs?: number): Promise<void>;
