/** Injection token of the clock: services ask it for the time, so tests can set it. */
export const CLOCK = Symbol('CLOCK');
export type Clock = () => Date;
