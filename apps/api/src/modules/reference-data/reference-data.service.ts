import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReferenceDataDto } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { KeptPerReferenceVersion, readReferenceVersion } from '../../common/database/reference-version.js';
import { AgencyService } from '../agencies/agency.service.js';
import { ReportingPeriodService } from '../periods/reporting-period.service.js';
import { ReformAreaService } from '../reform-areas/reform-area.service.js';

/** The reference data's answer as sent, and the reference version it was read at. */
export interface ReferenceDataAnswer {
  version: string;
  /** The answer serialised once: at 4,000 agencies it is about a megabyte of JSON. */
  json: string;
}

/**
 * The agencies, reform areas and periods every screen starts from, read once per reference
 * version (readReferenceVersion) rather than at every page opened: they change a few times a
 * year, and a national list is about a megabyte. Each request still reads the version, so every
 * API replica answers a change as soon as it is committed.
 */
@Injectable()
export class ReferenceDataService {
  private readonly answers = new KeptPerReferenceVersion((version) => this.read(version));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgencyService,
    private readonly areas: ReformAreaService,
    private readonly periods: ReportingPeriodService,
  ) {}

  async current(): Promise<ReferenceDataAnswer> {
    return this.answers.get(await readReferenceVersion(this.dataSource));
  }

  /** The three lists, read after the version (so never older than it). */
  private async read(version: string): Promise<ReferenceDataAnswer> {
    const [agencies, areas, periods] = await Promise.all([this.agencies.list({}), this.areas.listAreas({}), this.periods.list({})]);
    const answer: ReferenceDataDto = { agencies, areas, periods };
    return { version, json: JSON.stringify(answer) };
  }
}
