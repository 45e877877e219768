import type { INestApplication } from '@nestjs/common';
import {
  SNGV_M9_2020_REPORT,
  type Registration,
  type ReportResponse,
  type StandardPeriodKind,
  type UserRole,
} from '@cchc/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { AgencyEntity } from '../../../modules/agencies/agency.entity.js';
import { ReportingPeriodEntity } from '../../../modules/periods/reporting-period.entity.js';
import { CompilationService } from '../../../modules/compilations/compilation.service.js';
import { ReportService } from '../../../modules/reports/report.service.js';
import { UserRepository } from '../../../modules/users/user.repository.js';
import { UserService } from '../../../modules/users/user.service.js';
import { DemoRandom, seedOf } from './demo-random.js';
import { demoReportContent, demoYear, yearEndPending, type DemoAgency } from './demo-report-content.js';
import {
  ADMIN_USERNAME,
  DEMO_PASSWORD,
  REVIEWER_USERNAME,
  demoApproverUsername,
  demoReporterUsername,
} from './demo-users.js';

/** The clock the app runs on during the seed: each step happens at its own moment in 2020-2021. */
export interface DemoClock {
  current: Date;
}

export interface DemoSummary {
  alreadyLoaded: boolean;
  users: number;
  reports: Record<string, number>;
  missing: number;
  compilations: number;
}

export const DEMO_YEARS = [2020, 2021] as const;
const KINDS: readonly StandardPeriodKind[] = ['Q1', 'H1', 'M9', 'YEAR'];
/** The grace the demo province gives after each deadline, in days. */
export const DEMO_GRACE_DAYS = 3;
const DAY = 86_400_000;

/**
 * Loads the demo: users for every role (password `demo123`), and the reports of 2020 and 2021
 * for every agency, taken through the real service so that versions, snapshots and the audit
 * log are what the workflow produces: most accepted, some late, some returned (a few still
 * waiting for correction), some drafts and some missing; the Sở Ngoại vụ's 9-month report of
 * 2020 is the real seed report; the province's compiled report of the 9 months of 2021. Runs once: a database that has the demo reviewer `snv` is left alone.
 */
export async function seedDemo(app: INestApplication, clock: DemoClock, log: (line: string) => void = () => undefined): Promise<DemoSummary> {
  const summary: DemoSummary = { alreadyLoaded: false, users: 0, reports: {}, missing: 0, compilations: 0 };
  // The demo's reviewer marks a loaded demo (an `admin` may exist already, made from ADMIN_PASSWORD).
  const userRepository = app.get(UserRepository);
  if (await userRepository.findByUsername(REVIEWER_USERNAME)) return { ...summary, alreadyLoaded: true };

  const dataSource = app.get(DataSource);
  const users = app.get(UserService);
  const reports = app.get(ReportService);
  const agencies = (await dataSource.getRepository(AgencyEntity).find({ order: { code: 'ASC' } })).filter((a) => a.kind !== 'commune' && a.kind !== 'province');
  const periods = await dataSource.getRepository(ReportingPeriodEntity).find();
  await dataSource.query(`UPDATE reporting_period SET grace_days = $1 WHERE year = ANY($2::int[])`, [DEMO_GRACE_DAYS, [...DEMO_YEARS]]);

  const demoUserIds: string[] = [];
  const createUser = async (username: string, role: UserRole, agencyId: string | null, displayName: string): Promise<AuthUser> => {
    const user = await users.create({ username, password: DEMO_PASSWORD, displayName, role, agencyId });
    summary.users += 1;
    demoUserIds.push(user.id);
    return { id: user.id, username: user.username, role: user.role, agencyId: user.agencyId };
  };
  log('Demo users…');
  if (!(await userRepository.findByUsername(ADMIN_USERNAME))) await createUser(ADMIN_USERNAME, 'admin', null, 'Quản trị hệ thống');
  const reviewer = await createUser(REVIEWER_USERNAME, 'reviewer', null, 'Chuyên viên Sở Nội vụ');
  const staff = new Map<string, { reporter: AuthUser; approver: AuthUser }>();
  for (const agency of agencies) {
    staff.set(agency.id, {
      reporter: await createUser(demoReporterUsername(agency.code), 'reporter', agency.id, `Chuyên viên ${agency.nameVi}`),
      approver: await createUser(demoApproverUsername(agency.code), 'approver', agency.id, `Lãnh đạo ${agency.nameVi}`),
    });
  }

  const count = (status: string): void => {
    summary.reports[status] = (summary.reports[status] ?? 0) + 1;
  };
  const at = (date: Date): void => {
    clock.current = date;
  };

  for (const [index, agency] of agencies.entries()) {
    log(`Reports ${index + 1}/${agencies.length}: ${agency.code}`);
    const { reporter, approver } = staff.get(agency.id)!;
    const demoAgency: DemoAgency = { code: agency.code, nameVi: agency.nameVi, kind: agency.kind };
    let carriedOver = 0;
    for (const year of DEMO_YEARS) {
      const data = demoYear(demoAgency, year, carriedOver);
      carriedOver = yearEndPending(data);
      for (const kind of KINDS) {
        const period = periods.find((p) => p.year === year && p.kind === kind);
        if (!period) continue;
        const random = new DemoRandom(seedOf(`${agency.code}:${year}:${kind}:story`));
        const deadline = Date.parse(`${period.deadline}T09:00:00+07:00`);
        const latest = year === 2021 && kind === 'YEAR';

        if (agency.code === 'SNgV' && year === 2020 && kind === 'M9') {
          // The real seed report, entered as sent on 18/09/2020, with its flaws.
          at(new Date('2020-09-15T08:30:00+07:00'));
          const draft = await reports.create(reporter, { agencyId: agency.id, periodId: period.id, content: SNGV_M9_2020_REPORT });
          at(new Date('2020-09-18T10:00:00+07:00'));
          await reports.recordHistoricalSubmission(approver, draft.id, { version: draft.version });
          count('SUBMITTED');
          continue;
        }

        const roll = random.next();
        if (roll < (latest ? 0.25 : 0.06)) {
          summary.missing += 1;
          continue;
        }
        const timingRoll = random.next();
        const submittedAt = deadline + (timingRoll < 0.72 ? -random.int(0, 5) : timingRoll < 0.9 ? random.int(1, DEMO_GRACE_DAYS) : random.int(4, 12)) * DAY;
        const content = demoReportContent(demoAgency, data, kind, { omitArea: random.chance(0.12) ? 'APPARATUS' : undefined });

        at(new Date(submittedAt - 3 * DAY));
        let report: ReportResponse = await reports.create(reporter, { agencyId: agency.id, periodId: period.id, content });
        if (roll < (latest ? 0.5 : 0.1)) {
          count('DRAFT');
          continue;
        }
        // On the day it is signed the văn thư registers the report (number and date of issue) and
        // the approver submits it with them; now and then the number reaches the system a day later.
        at(new Date(submittedAt));
        const registration = demoRegistration(agency.code, year, kind, submittedAt);
        report = await reports.submit(approver, report.id, { version: report.version, ...(registration.later ? {} : { registration: registration.value }) });
        if (registration.later) {
          at(new Date(submittedAt + DAY));
          report = await reports.register(reporter, report.id, { version: report.version, registration: registration.value });
          at(new Date(submittedAt));
        }
        if (latest && roll < 0.8) {
          count('SUBMITTED');
          continue;
        }
        const story = random.next();
        if (story < 0.18) {
          at(new Date(submittedAt + 2 * DAY));
          report = await reports.returnForCorrection(reviewer, report.id, {
            version: report.version,
            reasons: [
              { path: 'dossier', message: 'Đề nghị kiểm tra lại số liệu hồ sơ tiếp nhận trực tuyến.' },
              { path: null, message: 'Bổ sung kết quả kiểm tra kỷ luật, kỷ cương hành chính.' },
            ],
          });
          if (story < 0.06) {
            count('RETURNED');
            continue;
          }
          at(new Date(submittedAt + 3 * DAY));
          report = await reports.patch(reporter, report.id, {
            version: report.version,
            content: { proposals: ['Đề nghị Sở Nội vụ hướng dẫn thống nhất cách tổng hợp số liệu hồ sơ trực tuyến'] },
          });
          at(new Date(submittedAt + 4 * DAY));
          report = await reports.submit(approver, report.id, { version: report.version });
        }
        at(new Date(clock.current.getTime() + random.int(2, 8) * DAY));
        await reports.accept(reviewer, report.id, { version: report.version });
        count('ACCEPTED');
      }
    }
  }

  // Home Affairs compiled the province's 9-month report of 2021 a week after the deadline, and
  // wrote two of its parts (docs/domain.md §12).
  log('Compiled report of the province…');
  const m9 = periods.find((p) => p.year === 2021 && p.kind === 'M9');
  if (m9) {
    at(new Date(`${m9.deadline}T09:00:00+07:00`));
    at(new Date(clock.current.getTime() + 7 * DAY));
    const compilations = app.get(CompilationService);
    const compiled = await compilations.create(reviewer, { periodId: m9.id });
    at(new Date(clock.current.getTime() + 2 * 3600_000));
    await compilations.patch(reviewer, compiled.id, {
      version: compiled.version,
      content: {
        narratives: {
          DIRECTION:
            'Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2021 và chỉ đạo các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố triển khai thực hiện; Sở Nội vụ theo dõi, đôn đốc việc báo cáo định kỳ.',
          ASSESSMENT:
            'Công tác cải cách hành chính 9 tháng đầu năm 2021 tiếp tục được các cơ quan, đơn vị quan tâm triển khai; tỷ lệ hồ sơ giải quyết đúng hạn được duy trì ở mức cao. Tuy nhiên, một số cơ quan, đơn vị còn gửi báo cáo chậm so với thời hạn quy định.',
        },
        stated: { 'DIGITAL_GOVERNMENT.ONLINE_PAYMENT_RATE': { value: 31.4, note: 'Theo số liệu của Cổng dịch vụ công tỉnh' } },
      },
    });
    summary.compilations += 1;
  }

  // Every demo user has an address on the reserved example domain (RFC 2606): what the e-mails
  // would say can be tried against a test mail server without writing to anyone. The workflow
  // above notified its users as it went; each keeps their three newest unread, the rest read the
  // day after they came.
  log('Notifications…');
  await dataSource.query(`UPDATE app_user SET email = username || '@example.org' WHERE id = ANY($1::uuid[])`, [demoUserIds]);
  await dataSource.query(
    `UPDATE notification n SET read_at = n.created_at + interval '1 day'
     FROM (SELECT id, row_number() OVER (PARTITION BY user_id ORDER BY created_at DESC, seq DESC) AS newest FROM notification) ranked
     WHERE ranked.id = n.id AND ranked.newest > 3 AND n.user_id = ANY($1::uuid[])`,
    [demoUserIds],
  );
  return summary;
}

/**
 * A plausible registration of a demo report: the date of issue is the day it was submitted
 * (Vietnam time), and the number grows through the year as an agency's register does (numbers
 * restart every 1 January). One in seven is recorded the day after submission.
 */
function demoRegistration(agencyCode: string, year: number, kind: string, submittedAt: number): { value: Registration; later: boolean } {
  const random = new DemoRandom(seedOf(`${agencyCode}:${year}:${kind}:register`));
  const issuedOn = new Date(submittedAt + 7 * 3600_000).toISOString().slice(0, 10);
  const dayOfYear = Math.floor((Date.parse(issuedOn) - Date.UTC(Number(issuedOn.slice(0, 4)), 0, 1)) / DAY) + 1;
  const perDay = 0.6 + random.next() * 2;
  return { value: { number: String(Math.max(1, Math.round(dayOfYear * perDay)) + random.int(0, 9)), issuedOn }, later: random.chance(1 / 7) };
}
