import {
  periodPhrase,
  type AgencyKind,
  type ReformAreaKey,
  type ReportInput,
  type StandardPeriodKind,
} from '@cchc/domain';
import { DemoRandom, seedOf } from './demo-random.js';

export interface DemoAgency {
  code: string;
  nameVi: string;
  kind: AgencyKind;
}

type Plan = NonNullable<ReportInput['plans']>[number];
type Decision = NonNullable<ReportInput['decisions']>[number];
type Letter = NonNullable<ReportInput['letters']>[number];
type Training = NonNullable<ReportInput['trainings']>[number];
type Inspection = NonNullable<ReportInput['inspections']>[number];

/** What an agency did in one quarter of a year (the demo's source of truth). */
interface Quarter {
  plans: Plan[];
  decisions: Decision[];
  letters: Letter[];
  trainings: Training[];
  inspections: Inspection[];
  receivedOnline: number;
  receivedInPerson: number;
  receivedPostal: number;
  returned: number;
  /** In progress at the end of the quarter. */
  pendingWithinTime: number;
  pendingOverdue: number;
  earlyShare: number;
  lateShare: number;
}

export interface DemoYear {
  year: number;
  quarters: Quarter[];
  /** In progress at the end of the previous year: this year's carried-over dossiers. */
  carriedOver: number;
}

const AREAS: readonly ReformAreaKey[] = ['INSTITUTIONAL', 'PROCEDURES', 'APPARATUS', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION'];
const PLAN_TITLES: Record<ReformAreaKey, string> = {
  INSTITUTIONAL: 'Kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật',
  PROCEDURES: 'Kiểm soát thủ tục hành chính',
  APPARATUS: 'Sắp xếp, kiện toàn tổ chức bộ máy',
  CIVIL_SERVICE: 'Đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
  PUBLIC_FINANCE: 'Thực hiện cơ chế tự chủ về tài chính',
  MODERNISATION: 'Ứng dụng công nghệ thông tin, chuyển đổi số',
};
const NARRATIVES: Record<ReformAreaKey, string> = {
  INSTITUTIONAL: 'Thường xuyên rà soát văn bản quy phạm pháp luật thuộc lĩnh vực quản lý, kịp thời tham mưu sửa đổi, bổ sung.',
  PROCEDURES: 'Công khai đầy đủ thủ tục hành chính; tiếp nhận và trả kết quả tại Trung tâm phục vụ Hành chính công tỉnh.',
  APPARATUS: 'Rà soát chức năng, nhiệm vụ của các phòng chuyên môn; thực hiện tinh giản biên chế theo lộ trình.',
  CIVIL_SERVICE: 'Cử công chức tham gia các lớp bồi dưỡng chuyên môn, nghiệp vụ; thực hiện nghiêm quy tắc ứng xử.',
  PUBLIC_FINANCE: 'Thực hiện công khai tài chính, sử dụng kinh phí tiết kiệm, hiệu quả, đúng quy định.',
  MODERNISATION: 'Sử dụng hệ thống quản lý văn bản và điều hành; duy trì dịch vụ công trực tuyến.',
};
const COURSES = [
  'Bồi dưỡng kỹ năng kiểm soát thủ tục hành chính',
  'Bồi dưỡng đạo đức công vụ',
  'Tập huấn chuyển đổi số',
  'Bồi dưỡng quản lý nhà nước ngạch chuyên viên',
  'Tập huấn công tác văn thư, lưu trữ',
];
const SIGNERS = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Minh Châu', 'Phạm Quốc Dũng', 'Võ Thị Hạnh', 'Huỳnh Văn Khoa', 'Đặng Thị Lan', 'Bùi Văn Nam'];

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** The first and last day of the k-th quarter's data window (15th to 14th, docs/domain.md §4). */
function quarterWindow(year: number, k: number): [string, string] {
  const start = k === 1 ? iso(year - 1, 12, 15) : iso(year, 3 * (k - 1), 15);
  return [start, iso(year, 3 * k, 14)];
}

function dayWithin(random: DemoRandom, [from, to]: [string, string]): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + random.int(0, Math.round((b - a) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

/** Who issues the agency's documents: districts sign as their People's Committee (UBND). */
export const issuerOf = (agency: DemoAgency): string => (agency.kind === 'district' || agency.kind === 'commune' ? 'UBND' : agency.code);

/**
 * A plausible year of an agency's reform work, quarter by quarter, the same on every run. Sizes
 * depend on the kind of agency; online intake grows from 2020 to 2021.
 */
export function demoYear(agency: DemoAgency, year: number, carriedOver: number): DemoYear {
  const random = new DemoRandom(seedOf(`${agency.code}:${year}`));
  const issuer = issuerOf(agency);
  const scale = agency.kind === 'district' ? random.int(120, 600) : agency.code === 'SNgV' ? 5 : random.int(10, 320);
  const online = year <= 2020 ? 0.08 + random.next() * 0.25 : 0.25 + random.next() * 0.35;
  let number = random.int(1, 15);
  const quarters: Quarter[] = [];
  for (let k = 1; k <= 4; k++) {
    const window = quarterWindow(year, k);
    const dated = <T extends { date: string }>(items: T[]): T[] => items.sort((a, b) => a.date.localeCompare(b.date));
    const plans = dated(
      Array.from({ length: random.int(k === 1 ? 1 : 0, 2) }, () => {
        const areaKey = random.chance(0.2) ? null : random.pick(AREAS);
        return { symbol: '', date: dayWithin(random, window), title: areaKey ? PLAN_TITLES[areaKey] : 'Cải cách hành chính', areaKey, year };
      }),
    );
    const decisions = dated(
      Array.from({ length: random.int(0, 1) }, () => ({
        symbol: '',
        date: dayWithin(random, window),
        purpose: random.pick(['SET_UP_TEAM', 'PROMULGATE_RULE', 'APPROVE_PLAN'] as const),
        summary: 'Kiện toàn Tổ công tác cải cách hành chính',
      })),
    );
    const letters = dated(
      Array.from({ length: random.int(0, 1) }, () => ({
        symbol: '',
        date: dayWithin(random, window),
        recipients: ['Sở Nội vụ'],
        summary: 'Triển khai nhiệm vụ cải cách hành chính',
      })),
    );
    // Numbers rise with dates within the year, one register per issuer.
    for (const item of [...plans, ...decisions, ...letters].sort((a, b) => a.date.localeCompare(b.date))) {
      number += random.int(1, 25);
      if ('title' in item) item.symbol = `${number}/KH-${issuer}`;
      else if ('purpose' in item) item.symbol = `${number}/QĐ-${issuer}`;
      else item.symbol = `${number}/${issuer}-VP`;
    }
    const trainings = Array.from({ length: random.int(0, 2) }, () => {
      const from = dayWithin(random, window);
      return {
        course: random.pick(COURSES),
        organiser: random.pick(['Sở Nội vụ', 'Sở Thông tin và Truyền thông', agency.nameVi]),
        mode: random.pick(['IN_PERSON', 'ONLINE', 'MIXED'] as const),
        participants: random.int(5, 60),
        from,
        to: from,
      };
    });
    const inspections =
      k % 2 === 0 || random.chance(0.25)
        ? [
            {
              teamDecision: decisions.find((d) => d.purpose === 'SET_UP_TEAM')?.symbol ?? null,
              plan: null,
              heldOn: dayWithin(random, window),
              scope: 'Chấp hành kỷ luật, kỷ cương hành chính, giờ giấc làm việc và văn hóa công sở',
              inspected: ['Các phòng chuyên môn', 'Bộ phận tiếp nhận và trả kết quả'],
              findings: '',
              violations: random.chance(0.2) ? 1 : 0,
              handling: null as string | null,
            },
          ].map((i) => ({ ...i, handling: i.violations > 0 ? 'Nhắc nhở, yêu cầu khắc phục' : null }))
        : [];
    const received = Math.max(0, Math.round(scale * (0.7 + random.next() * 0.6)));
    const receivedOnline = Math.round(received * online);
    const receivedPostal = Math.round((received - receivedOnline) * random.next() * 0.1);
    quarters.push({
      plans,
      decisions,
      letters,
      trainings,
      inspections,
      receivedOnline,
      receivedPostal,
      receivedInPerson: received - receivedOnline - receivedPostal,
      returned: Math.round(received * random.next() * 0.02),
      pendingWithinTime: Math.round(received * (0.02 + random.next() * 0.06)),
      pendingOverdue: random.chance(0.3) ? Math.round(received * random.next() * 0.02) : 0,
      earlyShare: random.next() * 0.3,
      lateShare: random.chance(0.3) ? random.next() * 0.08 : 0,
    });
  }
  return { year, quarters, carriedOver };
}

/** In progress at the end of the year: next year's carried-over figure. */
export function yearEndPending(data: DemoYear): number {
  const last = data.quarters[3]!;
  return last.pendingWithinTime + last.pendingOverdue;
}

const QUARTERS_OF: Record<StandardPeriodKind, number[]> = { Q1: [1], H1: [1, 2], Q3: [3], M9: [1, 2, 3], YEAR: [1, 2, 3, 4] };

/**
 * The report content for a period, from the year's data: the documents, trainings and
 * inspections of the quarters the period covers, cumulative dossier figures that balance, one
 * section per area (one may be missing), next-period tasks, recipients and the signature.
 */
export function demoReportContent(agency: DemoAgency, data: DemoYear, kind: StandardPeriodKind, options: { omitArea?: ReformAreaKey } = {}): ReportInput {
  const random = new DemoRandom(seedOf(`${agency.code}:${data.year}:${kind}`));
  const quarters = QUARTERS_OF[kind].map((k) => data.quarters[k - 1]!);
  const last = quarters[quarters.length - 1]!;
  const sum = (f: (q: Quarter) => number): number => quarters.reduce((s, q) => s + f(q), 0);
  const received = sum((q) => q.receivedOnline + q.receivedInPerson + q.receivedPostal);
  const returned = sum((q) => q.returned);
  const carriedOver = kind === 'Q3' ? 0 : data.carriedOver;
  const pending = last.pendingWithinTime + last.pendingOverdue;
  const resolved = Math.max(0, carriedOver + received - pending - returned);
  const resolvedLate = Math.round(resolved * last.lateShare);
  const resolvedEarly = Math.round((resolved - resolvedLate) * last.earlyShare);
  const plans = quarters.flatMap((q) => q.plans);
  const label = periodPhrase(data.year, kind).vi;
  const isDistrict = agency.kind === 'district';
  return {
    agencyCode: agency.code,
    symbol: { number: null, type: 'BC', issuer: issuerOf(agency) },
    place: 'Quảng Ngãi',
    signedOn: null,
    period: { year: data.year, kind },
    title: `Tình hình, kết quả thực hiện công tác cải cách hành chính ${label}`,
    preamble: `Thực hiện chế độ báo cáo định kỳ, ${agency.nameVi} báo cáo tình hình, kết quả thực hiện công tác cải cách hành chính ${label} như sau:`,
    sections: [
      { kind: 'DIRECTION', heading: 'Công tác chỉ đạo, điều hành', narrative: 'Ban hành kế hoạch và chỉ đạo triển khai các nhiệm vụ cải cách hành chính.' },
      ...AREAS.filter((area) => area !== options.omitArea).map((areaKey) => {
        const cited = plans.find((p) => p.areaKey === areaKey);
        const citation = cited ? ` Triển khai Kế hoạch số ${cited.symbol} ngày ${cited.date.slice(8, 10)}/${cited.date.slice(5, 7)}/${cited.date.slice(0, 4)}.` : '';
        return { kind: 'AREA' as const, areaKey, heading: PLAN_TITLES[areaKey], narrative: NARRATIVES[areaKey] + citation };
      }),
    ],
    plans,
    decisions: quarters.flatMap((q) => q.decisions),
    letters: quarters.flatMap((q) => q.letters),
    dossier: {
      carriedOver,
      receivedOnline: sum((q) => q.receivedOnline),
      receivedInPerson: sum((q) => q.receivedInPerson),
      receivedPostal: sum((q) => q.receivedPostal),
      resolvedEarly,
      resolvedOnTime: resolved - resolvedLate - resolvedEarly,
      resolvedLate,
      pendingWithinTime: last.pendingWithinTime,
      pendingOverdue: last.pendingOverdue,
      returned,
    },
    trainings: quarters.flatMap((q) => q.trainings),
    inspections: quarters.flatMap((q) => q.inspections),
    ...demoIndicatorParts(agency, data.year, kind),
    tasks: [
      { description: 'Tiếp tục thực hiện các nhiệm vụ cải cách hành chính theo kế hoạch', areaKey: null, dueBy: null },
      { description: 'Nâng cao tỷ lệ hồ sơ giải quyết trực tuyến', areaKey: 'MODERNISATION', dueBy: null },
    ],
    difficulties: random.chance(0.3) ? ['Đội ngũ công chức làm công tác cải cách hành chính còn kiêm nhiệm'] : [],
    proposals: random.chance(0.2) ? ['Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ cải cách hành chính'] : [],
    recipients: ['Sở Nội vụ', 'Lưu: VT'],
    signing: {
      mode: 'KT.',
      onBehalfOf: isDistrict ? 'CHỦ TỊCH' : 'GIÁM ĐỐC',
      title: isDistrict ? 'PHÓ CHỦ TỊCH' : 'PHÓ GIÁM ĐỐC',
      name: random.pick(SIGNERS),
    },
  };
}

/**
 * From 2021, what the 2021-2030 indicator set asks besides the records (docs/domain.md §12): online
 * services at levels 3 and 4 (the regime before Decree 42/2022), and the values an agency enters,
 * counts for the quarters the period covers and percentages as of its end; now and then one is
 * left blank, as agencies do. A random stream of its own, so the rest of the demo stays as it was.
 */
function demoIndicatorParts(agency: DemoAgency, year: number, kind: StandardPeriodKind): Pick<ReportInput, 'onlineServices' | 'indicators'> {
  if (year < 2021) return {};
  const yearly = new DemoRandom(seedOf(`${agency.code}:${year}:indicators`));
  const share = QUARTERS_OF[kind].length / 4;
  const district = agency.kind === 'district';
  const counts = {
    'PROCEDURES.PUBLISHED': Math.round(yearly.int(district ? 20 : 4, district ? 90 : 40) * share),
    'PROCEDURES.SIMPLIFIED': Math.round(yearly.int(0, 8) * share),
    'PROCEDURES.ONE_STOP': yearly.int(district ? 150 : 10, district ? 300 : 120),
    'INSTITUTIONS.NORMS_REVIEWED': Math.round(yearly.int(0, 14) * share),
    'CIVIL_SERVICE.RECRUITED': Math.round(yearly.int(0, district ? 30 : 8) * share),
  };
  const asOfEnd = {
    'DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE': Math.round((8 + yearly.next() * 40 + share * 10) * 10) / 10,
    'DIGITAL_GOVERNMENT.DIGITISED_RATE': Math.round((20 + yearly.next() * 50 + share * 15) * 10) / 10,
    'DIGITAL_GOVERNMENT.ISO_9001': yearly.chance(0.85),
    'CIVIL_SERVICE.JOB_POSITIONS': yearly.chance(0.9),
  };
  const blanks = new DemoRandom(seedOf(`${agency.code}:${year}:${kind}:indicators`));
  const indicators = Object.entries({ ...counts, ...asOfEnd })
    .filter(() => !blanks.chance(0.12))
    .map(([code, value]) => ({ code, value }));
  return {
    onlineServices: [
      { level: 'LEVEL_3', count: yearly.int(3, district ? 60 : 30) },
      { level: 'LEVEL_4', count: yearly.int(0, district ? 40 : 20) },
    ],
    indicators,
  };
}
