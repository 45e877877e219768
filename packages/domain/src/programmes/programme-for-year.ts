import { REFORM_PROGRAMMES, type ReformProgramme } from './reform-programmes.js';

/**
 * The master programme in force for a report of the given year, or `undefined` outside 2011-2030.
 *
 * @example
 * programmeForYear(2020)?.code // '30c'
 * programmeForYear(2021)?.code // '76'
 */
export function programmeForYear(
  year: number,
  programmes: readonly ReformProgramme[] = REFORM_PROGRAMMES,
): ReformProgramme | undefined {
  return programmes.find((programme) => year >= programme.fromYear && year <= programme.toYear);
}
