import { REFORM_PROGRAMMES, type ReformArea, type ReformProgrammeCode } from './reform-programmes.js';

/**
 * The area of another programme that continues the given one (area n maps to area n), so that
 * figures of 2020 and 2021 can be compared on one axis.
 *
 * @example
 * crosswalkArea('30c.6', '76')?.name.vi // 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số'
 */
export function crosswalkArea(areaId: string, to: ReformProgrammeCode): ReformArea | undefined {
  const source = REFORM_PROGRAMMES.flatMap((p) => p.areas).find((a) => a.id === areaId);
  if (!source) return undefined;
  return REFORM_PROGRAMMES.find((p) => p.code === to)?.areas.find((a) => a.key === source.key);
}
