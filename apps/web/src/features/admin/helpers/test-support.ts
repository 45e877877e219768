import type { AgencyDetailDto, ReportingPeriodDetailDto, UserAccountDto } from '@cchc/domain';
import { adminMessages } from '../admin.messages.js';

// Factories for the admin helpers' tests: defaults with overrides, as the API answers.

let next = 0;
const uuid = (): string => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;

export function agencyFactory(overrides: Partial<AgencyDetailDto> = {}): AgencyDetailDto {
  return {
    id: uuid(),
    code: 'SNNPTNT',
    name: { vi: 'Sở Nông nghiệp và Phát triển nông thôn', en: 'Department of Agriculture and Rural Development' },
    kind: 'department',
    parentId: null,
    validFrom: '2020-01-01',
    validTo: null,
    version: 1,
    predecessors: [],
    successors: [],
    ...overrides,
  };
}

export function userFactory(overrides: Partial<UserAccountDto> = {}): UserAccountDto {
  return { id: uuid(), username: 'snnmt', displayName: 'Chuyên viên Sở NN&MT', role: 'reporter', agencyId: uuid(), mustChangePassword: false, active: true, version: 1, ...overrides };
}

export function periodFactory(overrides: Partial<ReportingPeriodDetailDto> = {}): ReportingPeriodDetailDto {
  return {
    id: uuid(),
    year: 2021,
    kind: 'Q1',
    label: { vi: 'Quý I năm 2021', en: 'Q1 2021' },
    windowFrom: '2020-12-15',
    windowTo: '2021-03-14',
    deadline: '2021-03-20',
    graceDays: 0,
    version: 1,
    ...overrides,
  };
}

/** The Vietnamese admin text of `key` (under `admin.`) with its parameters filled in, as vue-i18n does. */
export function viText(key: string, params: Record<string, string | number> = {}): string {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], adminMessages.vi);
  if (typeof text !== 'string') throw new Error(`No text at admin.${key}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
