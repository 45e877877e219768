// Deterministic data sets for the dashboard bench at three scales: `demo` (the demo seed, through
// the app), `province` (20 departments and 100 communes, 2017-2026) and `national` (4,000 units of
// 63 provinces, about 150,000 reports). Rows are written with SQL, a thousand per statement, and
// each report's figures (report_figure) with the app's own writeReportFigures, so the dashboard
// reads exactly what the app would have stored. The content of each report is the demo seed's
// (demoReportContent: dossier figures that balance, plans with their areas, decisions, trainings,
// inspections, a section per area), stored in the shape ReportSchema gives it. Run the API build
// first (`npx turbo run build --filter=@cchc/api`).
import { isDeepStrictEqual } from 'node:util';
import {
  applyRegistration,
  classifySubmission,
  correctionTurnaround,
  parseDocumentSymbol,
  reportingWindow,
  ReportSchema,
  toVietnamDate,
  validateReport,
} from '@cchc/domain';
import { DataSource } from 'typeorm';
import { seedDemo } from '../../dist/database/seeds/demo/demo.seeder.js';
import { demoReportContent, demoYear, yearEndPending } from '../../dist/database/seeds/demo/demo-report-content.js';
import {
  ADMIN_USERNAME,
  DEMO_PASSWORD,
  REVIEWER_USERNAME,
  demoApproverUsername,
  demoReporterUsername,
} from '../../dist/database/seeds/demo/demo-users.js';
import { writeReportFigures } from '../../dist/modules/reports/report-figures.writer.js';
import { hashPassword } from '../../dist/modules/users/password-hasher.js';

/** Every account of a generated scale signs in with the demo's password. */
export const SCALE_PASSWORD = DEMO_PASSWORD;
export { REVIEWER_USERNAME, demoApproverUsername as approverUsername, demoReporterUsername as reporterUsername };

export const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
export const KINDS = ['Q1', 'H1', 'M9', 'YEAR'];
/** Days of grace after each deadline, as the demo province gives. */
export const GRACE_DAYS = 3;
/**
 * The moment the generated data stands at: reports are submitted before it, and a period whose
 * deadline is later (the year 2026) has only a few drafts. Fixed, so every run writes the same rows.
 */
export const AS_OF = Date.parse('2026-11-30T17:00:00+07:00');

const DAY = 86_400_000;
const BATCH = 1000;
/** Report batches written at once: the database parses one while the next is generated. */
const IN_FLIGHT = 2;
const REPORTED = new Set(['SUBMITTED', 'RETURNED', 'ACCEPTED']);
const AREAS = ['INSTITUTIONAL', 'PROCEDURES', 'APPARATUS', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION'];

/** A province's departments (the 2020 structure of docs/domain.md §8, boards counted as departments). */
const DEPARTMENTS = [
  ['SNV', 'Sở Nội vụ', 'Department of Home Affairs'],
  ['STP', 'Sở Tư pháp', 'Department of Justice'],
  ['SKHĐT', 'Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment'],
  ['STC', 'Sở Tài chính', 'Department of Finance'],
  ['SCT', 'Sở Công Thương', 'Department of Industry and Trade'],
  ['SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'Department of Agriculture and Rural Development'],
  ['SGTVT', 'Sở Giao thông vận tải', 'Department of Transport'],
  ['SXD', 'Sở Xây dựng', 'Department of Construction'],
  ['STNMT', 'Sở Tài nguyên và Môi trường', 'Department of Natural Resources and Environment'],
  ['STTTT', 'Sở Thông tin và Truyền thông', 'Department of Information and Communications'],
  ['SLĐTBXH', 'Sở Lao động - Thương binh và Xã hội', 'Department of Labour, Invalids and Social Affairs'],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism'],
  ['SKHCN', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology'],
  ['SGDĐT', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training'],
  ['SYT', 'Sở Y tế', 'Department of Health'],
  ['TTT', 'Thanh tra tỉnh', 'Provincial Inspectorate'],
  ['VPUBND', 'Văn phòng Ủy ban nhân dân tỉnh', "Office of the Provincial People's Committee"],
  ['SNgV', 'Sở Ngoại vụ', 'Department of Foreign Affairs'],
  ['BDT', 'Ban Dân tộc', 'Ethnic Minorities Board'],
  ['BQLKKT', 'Ban Quản lý Khu kinh tế', 'Economic Zone Management Board'],
];

/**
 * The generated scales: provinces, each with its departments and communes. National: 63
 * provinces' worth, 1,260 departments and 2,740 communes, 4,000 reporting units in one database.
 */
export const SCALES = {
  province: { provinces: [{ departments: 20, communes: 100 }] },
  national: { provinces: Array.from({ length: 63 }, (_, p) => ({ departments: 20, communes: 43 + (p < 31 ? 1 : 0) })) },
};
export const SCALE_NAMES = ['demo', ...Object.keys(SCALES)];

/** mulberry32: a small seeded generator, so a scale is the same rows on every run. */
export class Random {
  constructor(seed) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability) {
    return this.next() < probability;
  }

  /** A version 4 UUID drawn from this generator (ids are part of what stays the same). */
  uuid() {
    const hex = Array.from({ length: 4 }, () => (Math.floor(this.next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** FNV-1a of a text: the seed of a scale's generators. */
const seedOf = (text) => {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0), 16777619);
  return hash >>> 0;
};

/** Runs SQL on whatever was given: a Nest app, a TypeORM DataSource, a pg Client or Pool, a PGlite. */
export function sqlRunner(target) {
  const db = typeof target.getHttpAdapter === 'function' ? target.get(DataSource) : target;
  return {
    async query(sql, parameters) {
      const result = await db.query(sql, parameters);
      return Array.isArray(result) ? result : result.rows;
    },
  };
}

/**
 * The content of one agency's report for a period, as the app stores it: the demo seed's content
 * with every default ReportSchema fills in. `omitArea` leaves one area without its section, as
 * some agencies do.
 */
export function reportContent(agency, data, kind, omitArea) {
  const input = demoReportContent(agency, data, kind, omitArea ? { omitArea } : {});
  return {
    agencyCode: input.agencyCode,
    symbol: input.symbol,
    place: input.place,
    signedOn: input.signedOn,
    period: input.period,
    programme: null,
    title: input.title,
    preamble: input.preamble,
    sections: input.sections.map((s) => ({ kind: s.kind, areaKey: s.areaKey ?? null, provinceSection: null, heading: s.heading, narrative: s.narrative })),
    documents: [],
    plans: input.plans.map((plan) => ({ ...plan, tasks: [] })),
    decisions: input.decisions,
    // A letter's symbol names its issuer among the codes the parser knows (DEFAULT_AGENCY_CODES);
    // the numbered codes of the national scale are not among them, so their letters are left out.
    letters: agency.knownIssuer ? input.letters : [],
    dossier: input.dossier,
    onlineServices: input.onlineServices ?? [],
    trainings: input.trainings,
    inspections: input.inspections,
    tasks: input.tasks.map((task) => ({ ...task, relatedSymbols: [] })),
    difficulties: input.difficulties,
    proposals: input.proposals,
    indicators: (input.indicators ?? []).map((indicator) => ({ ...indicator, note: '', asPublished: false })),
    recipients: input.recipients,
    signing: input.signing,
  };
}

/** The agencies of a scale, in a fixed order, with their ids. */
function agenciesOf(spec, random) {
  const agencies = [];
  spec.provinces.forEach((province, index) => {
    const p = index + 1;
    const suffix = spec.provinces.length === 1 ? '' : ` (tỉnh ${p})`;
    const suffixEn = spec.provinces.length === 1 ? '' : ` (province ${p})`;
    agencies.push({ id: random.uuid(), code: p === 1 ? 'UBND' : `UBND${p}`, nameVi: `Ủy ban nhân dân tỉnh${suffix}`, nameEn: `Provincial People's Committee${suffixEn}`, kind: 'province' });
    for (const [code, nameVi, nameEn] of DEPARTMENTS.slice(0, province.departments)) {
      agencies.push({ id: random.uuid(), code: p === 1 ? code : `${code}${p}`, nameVi: `${nameVi}${suffix}`, nameEn: `${nameEn}${suffixEn}`, kind: 'department' });
    }
    for (let n = 1; n <= province.communes; n++) {
      const number = String(n).padStart(3, '0');
      const code = spec.provinces.length === 1 ? `XA${number}` : `XA${String(p).padStart(2, '0')}${number}`;
      agencies.push({ id: random.uuid(), code, nameVi: `Ủy ban nhân dân xã số ${n}${suffix}`, nameEn: `People's Committee of commune ${n}${suffixEn}`, kind: 'commune' });
    }
  });
  for (const agency of agencies) agency.knownIssuer = knownIssuer(agency);
  return agencies;
}

/** Whether letters can name the agency as their issuer: communes sign as UBND, others by code. */
const knownIssuer = (agency) => parseDocumentSymbol(`1/${agency.kind === 'commune' || agency.kind === 'district' ? 'UBND' : agency.code}-VP`)?.form === 'letter';

/**
 * The content of a new draft of `agency` ({ code, nameVi, kind }) for a standard period, for a
 * report created through the API (nothing carried over from the year before).
 */
export function draftContent(agency, year, kind) {
  const writer = { code: agency.code, nameVi: agency.nameVi, kind: agency.kind, knownIssuer: knownIssuer(agency) };
  return reportContent(writer, demoYear(writer, year, 0), kind);
}

function periodsOf(random) {
  return YEARS.flatMap((year) =>
    KINDS.map((kind) => {
      const window = reportingWindow(year, kind);
      return { id: random.uuid(), year, kind, windowFrom: window.from, windowTo: window.to, deadline: window.deadline };
    }),
  );
}

/**
 * What became of one agency's report for one period: missing, a draft, or submitted (on time or
 * not, as agencies do) and then returned, accepted, or accepted after a correction round.
 */
function reportStory(random, period) {
  const deadline = Date.parse(`${period.deadline}T09:00:00+07:00`);
  if (deadline > AS_OF) {
    // The window has not closed: a few agencies have started their report.
    return random.chance(0.8) ? null : { status: 'DRAFT', createdAt: AS_OF - random.int(1, 20) * DAY };
  }
  const roll = random.next();
  if (roll < 0.04) return null;
  if (roll < 0.07) return { status: 'DRAFT', createdAt: deadline - random.int(1, 10) * DAY };
  const timing = random.next();
  const offset = timing < 0.72 ? -random.int(0, 5) : timing < 0.9 ? random.int(1, GRACE_DAYS) : random.int(GRACE_DAYS + 1, 12);
  const firstSubmittedAt = Math.min(deadline + offset * DAY + random.int(0, 8 * 60) * 60_000, AS_OF - DAY);
  // Home Affairs has not yet got through the reports of the last months.
  const recent = AS_OF - deadline < 120 * DAY;
  // Nothing happens after AS_OF.
  const after = (days) => Math.min(firstSubmittedAt + days * DAY, AS_OF);
  if (roll < 0.11) return { status: 'RETURNED', firstSubmittedAt, returnedAt: after(2) };
  if (roll < (recent ? 0.45 : 0.13)) return { status: 'SUBMITTED', firstSubmittedAt };
  if (random.chance(0.1)) return { status: 'ACCEPTED', firstSubmittedAt, returnedAt: after(2), resubmittedAt: after(4), acceptedAt: after(7) };
  return { status: 'ACCEPTED', firstSubmittedAt, acceptedAt: after(random.int(2, 8)) };
}

const iso = (ms) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

/** The report row of a story, with its content (registered when submitted) and timing. */
function reportRow(random, { agency, period, data, reporterId }) {
  const story = reportStory(random, period);
  if (!story) return null;
  const omitArea = random.chance(0.12) ? AREAS[random.int(0, AREAS.length - 1)] : undefined;
  let content = reportContent(agency, data, period.kind, omitArea);
  const row = {
    id: random.uuid(),
    agencyId: agency.id,
    periodId: period.id,
    status: story.status,
    version: 1,
    submittedAt: null,
    firstSubmittedAt: null,
    returnedAt: null,
    corrections: [],
    submissionTiming: null,
    daysLate: null,
    returnReasons: [],
    createdBy: reporterId,
    createdAt: story.createdAt ?? story.firstSubmittedAt - 3 * DAY,
    updatedAt: story.createdAt ?? story.firstSubmittedAt,
  };
  if (story.firstSubmittedAt !== undefined) {
    const first = classifySubmission(iso(story.firstSubmittedAt), { deadline: period.deadline, graceDays: GRACE_DAYS });
    content = applyRegistration(content, { number: String(random.int(1, 900)), issuedOn: toVietnamDate(iso(story.firstSubmittedAt)) });
    Object.assign(row, {
      version: 2,
      submittedAt: story.resubmittedAt ?? story.firstSubmittedAt,
      firstSubmittedAt: story.firstSubmittedAt,
      submissionTiming: first.timing,
      daysLate: first.daysLate,
      updatedAt: story.acceptedAt ?? story.returnedAt ?? story.firstSubmittedAt,
    });
    if (story.returnedAt) {
      row.returnedAt = story.returnedAt;
      row.version = 3;
    }
    if (story.status === 'RETURNED') {
      row.returnReasons = [{ path: 'dossier', message: 'Đề nghị kiểm tra lại số liệu hồ sơ tiếp nhận trực tuyến.' }];
    }
    if (story.resubmittedAt) {
      // Returned, corrected, submitted again, accepted: create, submit, return, patch, submit, accept.
      row.corrections = [correctionTurnaround(iso(story.returnedAt), iso(story.resubmittedAt))];
      row.version = 6;
    } else if (story.status === 'ACCEPTED') {
      row.version = 3;
    }
  }
  row.content = content;
  return row;
}

const REPORT_COLUMNS = [
  ['id', 'uuid'],
  ['agency_id', 'uuid'],
  ['period_id', 'uuid'],
  ['status', 'varchar'],
  ['version', 'int'],
  ['content', 'jsonb'],
  ['submitted_at', 'timestamptz'],
  ['first_submitted_at', 'timestamptz'],
  ['returned_at', 'timestamptz'],
  ['corrections', 'jsonb'],
  ['submission_timing', 'varchar'],
  ['days_late', 'int'],
  ['return_reasons', 'jsonb'],
  ['created_by', 'uuid'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];

/**
 * One INSERT of many rows, sent as one JSON array of records (json_to_recordset): a single text
 * parameter, which the driver passes on as it is, where arrays of long texts would be escaped
 * element by element.
 */
async function insertRows(db, table, columns, rows) {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => name).join(', ');
  const records = rows.map((row) => {
    const record = {};
    for (const [name, , value] of columns) record[name] = value(row);
    return record;
  });
  await db.query(
    `INSERT INTO ${table} (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS t(${columns.map(([name, type]) => `${name} ${type}`).join(', ')})`,
    [JSON.stringify(records)],
  );
}

const camel = (column) => column.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());

async function insertReports(db, rows) {
  const columns = REPORT_COLUMNS.map(([name, type]) => {
    const key = camel(name);
    return [name, type, type === 'timestamptz' ? (row) => iso(row[key]) : (row) => row[key]];
  });
  await insertRows(db, 'report', columns, rows);
  // The figures the dashboard sums, computed and written by the app's own code.
  await writeReportFigures(
    db,
    rows.map((row) => ({
      id: row.id,
      agencyId: row.agencyId,
      periodId: row.periodId,
      status: row.status,
      content: row.content,
      submissionTiming: row.submissionTiming,
      daysLate: row.daysLate,
    })),
  );
}

/**
 * Checks a sample of the generated reports: the content is what ReportSchema makes of it (the
 * shape the app stores), and a report has no error as of its first submission (drafts: as of
 * AS_OF), so the app would have let it through.
 */
function checkSample(row, index) {
  if (index % 199 === 0) {
    const parsed = ReportSchema.parse(row.content);
    if (!isDeepStrictEqual(parsed, row.content)) {
      throw new Error(`Generated content of report ${row.id} is not in the shape ReportSchema stores:\n${JSON.stringify(parsed).slice(0, 2000)}`);
    }
  }
  if (index % 997 === 0) {
    const at = row.firstSubmittedAt ?? AS_OF;
    const errors = validateReport(row.content, { now: iso(at), firstSubmittedAt: iso(row.firstSubmittedAt) }).filter((f) => f.severity === 'error');
    if (errors.length > 0) throw new Error(`Generated report ${row.id} has errors: ${errors.map((f) => f.code).join(', ')}`);
  }
}

/**
 * Loads a scale into a migrated database that holds no reports and no users yet (a database the
 * app has just created: the reference data it seeded on start is replaced by the scale's).
 * `target` is the Nest app, its DataSource, a pg Client or Pool, or a PGlite. The demo goes
 * through the app's services (seedDemo), so it needs the Nest app and the clock the app runs on.
 * Returns what was loaded and how long it took.
 */
export async function loadScale(target, name, options = {}) {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  if (name === 'demo') {
    if (typeof target.getHttpAdapter !== 'function' || !options.clock) {
      throw new Error('The demo scale loads through the app (seedDemo): pass the Nest application and { clock }, the clock it runs on.');
    }
    const summary = await seedDemo(target, options.clock);
    options.clock.current = new Date();
    await sqlRunner(target).query('ANALYZE');
    const [{ agencies }] = await sqlRunner(target).query(`SELECT count(*)::int AS agencies FROM agency WHERE kind <> 'province'`);
    return { name, agencies, users: summary.users, reports: summary.reports, missing: summary.missing, ms: performance.now() - started };
  }
  const spec = SCALES[name];
  if (!spec) throw new Error(`No scale "${name}": choose among ${SCALE_NAMES.join(', ')}.`);
  const db = sqlRunner(target);
  const [{ reports: existing, users: accounts }] = await db.query(`SELECT (SELECT count(*) FROM report)::int AS reports, (SELECT count(*) FROM app_user)::int AS users`);
  if (existing > 0 || accounts > 0) throw new Error(`The database already has ${existing} reports and ${accounts} users: load a scale into a fresh one.`);

  const random = new Random(seedOf(`cchc-scale:${name}`));
  const ids = new Random(seedOf(`cchc-scale:${name}:ids`));
  const agencies = agenciesOf(spec, ids);
  const periods = periodsOf(ids);
  await db.query('DELETE FROM agency');
  await db.query('DELETE FROM reporting_period');
  await insertRows(
    db,
    'reporting_period',
    [
      ['id', 'uuid', (p) => p.id],
      ['year', 'int', (p) => p.year],
      ['kind', 'varchar', (p) => p.kind],
      ['window_from', 'date', (p) => p.windowFrom],
      ['window_to', 'date', (p) => p.windowTo],
      ['deadline', 'date', (p) => p.deadline],
      ['grace_days', 'int', () => GRACE_DAYS],
    ],
    periods,
  );
  // Valid before the first window opens and still in existence: expected in every period.
  await insertRows(
    db,
    'agency',
    [
      ['id', 'uuid', (a) => a.id],
      ['code', 'varchar', (a) => a.code],
      ['name_vi', 'text', (a) => a.nameVi],
      ['name_en', 'text', (a) => a.nameEn],
      ['kind', 'varchar', (a) => a.kind],
      ['valid_from', 'date', () => '2016-01-01'],
    ],
    agencies,
  );

  // One hash for every account: the same password, and argon2 takes a while per hash.
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const reporting = agencies.filter((a) => a.kind !== 'province');
  const users = [
    { id: ids.uuid(), username: ADMIN_USERNAME, displayName: 'Quản trị hệ thống', role: 'admin', agencyId: null },
    { id: ids.uuid(), username: REVIEWER_USERNAME, displayName: 'Chuyên viên Sở Nội vụ', role: 'reviewer', agencyId: null },
    ...reporting.flatMap((agency) => [
      { id: ids.uuid(), username: demoReporterUsername(agency.code), displayName: `Chuyên viên ${agency.nameVi}`, role: 'reporter', agencyId: agency.id },
      { id: ids.uuid(), username: demoApproverUsername(agency.code), displayName: `Lãnh đạo ${agency.nameVi}`, role: 'approver', agencyId: agency.id },
    ]),
  ];
  for (let i = 0; i < users.length; i += BATCH * 5) {
    await insertRows(
      db,
      'app_user',
      [
        ['id', 'uuid', (u) => u.id],
        ['username', 'varchar', (u) => u.username],
        ['password_hash', 'text', () => passwordHash],
        ['display_name', 'text', (u) => u.displayName],
        ['role', 'varchar', (u) => u.role],
        ['agency_id', 'uuid', (u) => u.agencyId],
      ],
      users.slice(i, i + BATCH * 5),
    );
  }
  const reporterOf = new Map(users.filter((u) => u.role === 'reporter').map((u) => [u.agencyId, u.id]));
  log(`${name}: ${reporting.length} agencies, ${periods.length} periods, ${users.length} users; writing reports…`);

  const counts = { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0 };
  let missing = 0;
  let index = 0;
  let batch = [];
  const writing = new Set();
  const flush = async () => {
    const rows = batch;
    batch = [];
    const write = insertReports(db, rows).finally(() => writing.delete(write));
    writing.add(write);
    if (writing.size >= IN_FLIGHT) await Promise.race(writing);
  };
  for (const agency of reporting) {
    let carriedOver = 0;
    for (const year of YEARS) {
      const data = demoYear(agency, year, carriedOver);
      carriedOver = yearEndPending(data);
      for (const period of periods.filter((p) => p.year === year)) {
        const row = reportRow(random, { agency, period, data, reporterId: reporterOf.get(agency.id) });
        if (!row) {
          missing += 1;
          continue;
        }
        checkSample(row, index++);
        counts[row.status] += 1;
        batch.push(row);
        if (batch.length >= BATCH) await flush();
      }
    }
  }
  if (batch.length > 0) await flush();
  await Promise.all(writing);
  // Statistics for the planner, as autovacuum would gather them on a live database.
  await db.query('ANALYZE');
  return { name, agencies: reporting.length, users: users.length, reports: counts, missing, ms: performance.now() - started };
}

/** Reports counted as reported (submitted, returned, accepted) in a loadScale summary. */
export const reportedCount = (summary) => Object.entries(summary.reports).reduce((total, [status, n]) => total + (REPORTED.has(status) ? n : 0), 0);
