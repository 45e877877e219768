import { Injectable } from '@nestjs/common';
import {
  addDays,
  type AgencyCreateBodySchema,
  type AgencyDetailDto,
  type AgencyDto,
  type AgencyListQuery,
  type AgencySuccessionBodySchema,
  type AgencyUpdateBodySchema,
  type FieldError,
} from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Transactions } from '../../common/database/transactions.js';
import { AppError } from '../../common/errors/app-error.js';
import { versionConflict } from '../../common/errors/version-conflict.js';
import { AdminAuditRepository } from '../admin-audit/admin-audit.repository.js';
import { agencyAuditState, toAgencyDetailDto, toAgencyDto } from './agency.dto.js';
import type { AgencyEntity } from './agency.entity.js';
import { AgencyRepository, type AgencyFields } from './agency.repository.js';

export type AgencyCreate = z.output<typeof AgencyCreateBodySchema>;
export type AgencyUpdate = z.output<typeof AgencyUpdateBodySchema>;
export type AgencySuccession = z.output<typeof AgencySuccessionBodySchema>;

/**
 * Agencies over time (docs/domain.md §8). The rules kept here:
 * - a code names one agency at a time: two agencies with the same code never overlap in validity;
 * - a successor exists on the day a succession takes effect, and its predecessor existed before;
 * - an agency's validity covers the cut-off of every period it has a report for, so the
 *   reporting rate, which follows validity, never exceeds 100%;
 * - every change is versioned and logged in the administration log, in the same transaction.
 */
@Injectable()
export class AgencyService {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly audit: AdminAuditRepository,
    private readonly transactions: Transactions,
  ) {}

  async get(id: string): Promise<AgencyDto | null> {
    const agency = await this.agencies.findById(id);
    return agency ? toAgencyDto(agency) : null;
  }

  async detail(id: string): Promise<AgencyDetailDto> {
    return this.toDetail(await this.load(id));
  }

  async list(query: AgencyListQuery): Promise<AgencyDetailDto[]> {
    const agencies = await this.agencies.list(query);
    const successions = await this.agencies.successionsOf(agencies.map((a) => a.id));
    return agencies.map((a) => toAgencyDetailDto(a, successions));
  }

  async create(actor: AuthUser, body: AgencyCreate): Promise<AgencyDetailDto> {
    const fields: AgencyFields = {
      code: body.code,
      nameVi: body.name.vi,
      nameEn: body.name.en,
      kind: body.kind,
      parentId: body.parentId,
      validFrom: body.validFrom,
      validTo: body.validTo,
    };
    const created = await this.transactions.run(async (em) => {
      if (fields.parentId !== null && !(await this.agencies.findById(fields.parentId, em))) {
        throw new AppError('VALIDATION_FAILED', 'The parent agency does not exist.', [{ path: 'body.parentId', message: 'No such agency.' }]);
      }
      await this.assertCodeFree(em, fields);
      const agency = await this.agencies.insert(em, fields);
      await this.audit.record(em, { entityType: 'agency', entityId: agency.id, action: 'CREATE', actorId: actor.id, before: null, after: agencyAuditState(agency) });
      return agency;
    });
    return this.toDetail(created);
  }

  async update(actor: AuthUser, id: string, body: AgencyUpdate): Promise<AgencyDetailDto> {
    const updated = await this.transactions.run(async (em) => {
      const current = await this.load(id, em);
      if (current.version !== body.version) throw versionConflict('agency', current.version);
      const changes: Partial<AgencyFields> = {
        ...(body.code !== undefined && { code: body.code }),
        ...(body.name !== undefined && { nameVi: body.name.vi, nameEn: body.name.en }),
        ...(body.kind !== undefined && { kind: body.kind }),
        ...(body.parentId !== undefined && { parentId: body.parentId }),
        ...(body.validFrom !== undefined && { validFrom: body.validFrom }),
        ...(body.validTo !== undefined && { validTo: body.validTo }),
      };
      const next: AgencyEntity = { ...current, ...changes };
      if (next.validTo !== null && next.validTo < next.validFrom) {
        throw new AppError('VALIDATION_FAILED', 'An agency cannot stop existing before it starts.', [
          { path: body.validTo !== undefined ? 'body.validTo' : 'body.validFrom', message: `Must keep validFrom <= validTo (${next.validFrom} > ${next.validTo}).` },
        ]);
      }
      if (body.parentId !== undefined && body.parentId !== null) await this.assertParent(em, id, body.parentId);
      if (body.code !== undefined || body.validFrom !== undefined || body.validTo !== undefined) {
        await this.assertCodeFree(em, next, id);
        await this.assertSuccessionsHold(em, next);
        await this.assertReportsCovered(em, next);
      }
      const agency = await this.agencies.updateVersioned(em, id, body.version, changes);
      await this.audit.record(em, { entityType: 'agency', entityId: id, action: 'UPDATE', actorId: actor.id, before: agencyAuditState(current), after: agencyAuditState(agency) });
      return agency;
    });
    return this.toDetail(updated);
  }

  /**
   * Records that agency `id` was succeeded by `body.successorId` from `body.effectiveOn`. Unless
   * told otherwise, the predecessor's validity is closed on the day before (when it was still
   * open then); one closed earlier keeps its date.
   */
  async addSuccessor(actor: AuthUser, id: string, body: AgencySuccession): Promise<AgencyDetailDto> {
    if (body.successorId === id) {
      throw new AppError('VALIDATION_FAILED', 'An agency cannot succeed itself.', [{ path: 'body.successorId', message: 'Must be another agency.' }]);
    }
    const predecessor = await this.transactions.run(async (em) => {
      const current = await this.load(id, em);
      if (body.version !== undefined && current.version !== body.version) throw versionConflict('agency', current.version);
      const successor = await this.agencies.findById(body.successorId, em);
      if (!successor) {
        throw new AppError('VALIDATION_FAILED', 'The successor agency does not exist.', [{ path: 'body.successorId', message: 'No such agency.' }]);
      }
      const details: FieldError[] = [];
      if (!existsOn(successor, body.effectiveOn)) {
        details.push({
          path: 'body.effectiveOn',
          message: `${successor.code} exists from ${successor.validFrom} to ${successor.validTo ?? 'today'}: it must exist on ${body.effectiveOn}.`,
        });
      }
      if (current.validFrom >= body.effectiveOn) {
        details.push({ path: 'body.effectiveOn', message: `${current.code} exists only from ${current.validFrom}: it must have existed before ${body.effectiveOn}.` });
      }
      if (details.length > 0) throw new AppError('CONFLICT', 'The succession does not fit the agencies\' validity dates.', details);

      const lastDay = addDays(body.effectiveOn, -1);
      const closes = body.closePredecessor && (current.validTo === null || current.validTo > lastDay);
      const next: AgencyEntity = closes ? { ...current, validTo: lastDay } : current;
      if (closes) {
        await this.assertSuccessionsHold(em, next);
        await this.assertReportsCovered(em, next);
      }
      await this.agencies.insertSuccession(em, { predecessorId: id, successorId: successor.id, effectiveOn: body.effectiveOn, note: body.note });
      const saved = closes ? await this.agencies.updateVersioned(em, id, current.version, { validTo: lastDay }) : current;
      await this.audit.record(em, {
        entityType: 'agency',
        entityId: id,
        action: 'SUCCESSION',
        actorId: actor.id,
        before: agencyAuditState(current),
        after: { ...agencyAuditState(saved), successor: { id: successor.id, code: successor.code, effectiveOn: body.effectiveOn, note: body.note } },
      });
      return saved;
    });
    return this.toDetail(predecessor);
  }

  private async load(id: string, em?: EntityManager): Promise<AgencyEntity> {
    const agency = await this.agencies.findById(id, em);
    if (!agency) throw new AppError('NOT_FOUND', 'No such agency.');
    return agency;
  }

  private async toDetail(agency: AgencyEntity): Promise<AgencyDetailDto> {
    return toAgencyDetailDto(agency, await this.agencies.successionsOf([agency.id]));
  }

  private async assertCodeFree(em: EntityManager, agency: AgencyFields, exceptId?: string): Promise<void> {
    const other = await this.agencies.findCodeOverlap(em, agency.code, agency.validFrom, agency.validTo, exceptId);
    if (other) {
      throw new AppError(
        'CONFLICT',
        `The code "${agency.code}" is already used by ${other.nameVi} from ${other.validFrom} to ${other.validTo ?? 'today'}; close it first or choose other dates.`,
        [{ path: 'body.code', message: 'Used by another agency in this period.' }],
      );
    }
  }

  private async assertParent(em: EntityManager, id: string, parentId: string): Promise<void> {
    if (!(await this.agencies.findById(parentId, em))) {
      throw new AppError('VALIDATION_FAILED', 'The parent agency does not exist.', [{ path: 'body.parentId', message: 'No such agency.' }]);
    }
    if (await this.agencies.isSelfOrAncestor(em, id, parentId)) {
      throw new AppError('VALIDATION_FAILED', 'An agency cannot be its own parent or ancestor.', [{ path: 'body.parentId', message: 'Would make a cycle.' }]);
    }
  }

  /** The agency's new validity still fits every succession it takes part in. */
  private async assertSuccessionsHold(em: EntityManager, agency: AgencyEntity): Promise<void> {
    const broken = (await this.agencies.successionsOf([agency.id], em)).filter((s) =>
      s.successorId === agency.id ? !existsOn(agency, s.effectiveOn) : agency.validFrom >= s.effectiveOn,
    );
    if (broken.length > 0) {
      throw new AppError(
        'CONFLICT',
        'The new validity dates do not fit the agency\'s recorded successions.',
        broken.map((s) => ({
          path: s.successorId === agency.id && agency.validFrom <= s.effectiveOn ? 'body.validTo' : 'body.validFrom',
          message:
            s.successorId === agency.id
              ? `It succeeds ${s.predecessorCode} from ${s.effectiveOn}, so it must exist on that day.`
              : `It is succeeded by ${s.successorCode} from ${s.effectiveOn}, so it must exist before that day.`,
        })),
      );
    }
  }

  /** The agency's validity still covers the cut-off of every period it has reported for. */
  private async assertReportsCovered(em: EntityManager, agency: AgencyEntity): Promise<void> {
    const cutoffs = await this.agencies.reportCutoffsOutside(em, agency.id, agency.validFrom, agency.validTo);
    if (cutoffs.length > 0) {
      throw new AppError(
        'CONFLICT',
        `The agency has reports for periods ending ${cutoffs.join(', ')}, outside the new validity dates.`,
        [{ path: 'body.validTo', message: `Must cover ${cutoffs.join(', ')}.` }],
      );
    }
  }
}

function existsOn(agency: Pick<AgencyEntity, 'validFrom' | 'validTo'>, day: string): boolean {
  return agency.validFrom <= day && (agency.validTo === null || agency.validTo >= day);
}
