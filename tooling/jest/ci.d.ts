/** Whether tests run under CI: any value of CI but an empty one, `0` or `false`. */
export function isCi(env?: NodeJS.ProcessEnv): boolean;
