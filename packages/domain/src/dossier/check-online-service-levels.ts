import type { Finding } from '../findings/finding.js';
import {
  ONLINE_SERVICE_LEVEL_NAMES,
  ONLINE_SERVICE_REGIME_LEVELS,
  onlineServiceRegime,
  type OnlineServiceCount,
} from './online-service-levels.js';

/**
 * Warns (`ONLINE_SERVICE_LEVEL_REGIME`) about levels that are not of the regime in force at the
 * period's cut-off: "level 3" in a 2023 report, "full online" in a 2020 one. The data is kept as
 * reported either way; this only asks the reporter to confirm.
 *
 * @example
 * checkOnlineServiceLevels([{ level: 'LEVEL_3', count: 2 }], { periodEnd: '2020-09-14' }) // []
 * checkOnlineServiceLevels([{ level: 'LEVEL_3', count: 2 }], { periodEnd: '2023-09-14' })[0]?.code // 'ONLINE_SERVICE_LEVEL_REGIME'
 */
export function checkOnlineServiceLevels(
  counts: readonly OnlineServiceCount[],
  { periodEnd, path = 'onlineServices' }: { periodEnd: string; path?: string },
): Finding[] {
  const regime = onlineServiceRegime(periodEnd);
  const allowed = ONLINE_SERVICE_REGIME_LEVELS[regime];
  return counts.flatMap((entry, index): Finding[] =>
    allowed.includes(entry.level)
      ? []
      : [
          {
            code: 'ONLINE_SERVICE_LEVEL_REGIME',
            severity: 'warning',
            path: `${path}[${index}].level`,
            message: {
              vi: `"${ONLINE_SERVICE_LEVEL_NAMES[entry.level].vi}" không thuộc cách phân loại dịch vụ công trực tuyến đang áp dụng (${regime === 'DECREE_43_2011' ? 'mức độ 1-4, Nghị định 43/2011/NĐ-CP' : 'toàn trình, một phần, Nghị định 42/2022/NĐ-CP'}); kiểm tra lại.`,
              en: `"${ONLINE_SERVICE_LEVEL_NAMES[entry.level].en}" is not a level of the regime in force (${regime === 'DECREE_43_2011' ? 'levels 1-4, Decree 43/2011' : 'full or partial, Decree 42/2022'}); please confirm.`,
            },
            details: { level: entry.level, regime },
          },
        ],
  );
}
