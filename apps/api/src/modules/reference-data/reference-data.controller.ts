import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReferenceDataSchema } from '@cchc/domain';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/auth.decorators.js';
import { tagAnswer } from '../../common/http/data-version-etag.interceptor.js';
import { jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { ReferenceDataService } from './reference-data.service.js';

/**
 * The three public lists every screen needs, in one request: the same answers as `GET /api/agencies`,
 * `/api/reform-areas` and `/api/periods` without filters. Tagged with the reference version
 * (`W/"r<version>"`), not the data version: a page opened again gets a 304 until an agency, a
 * succession, a period or a reform area changes, however many reports were written meanwhile.
 */
@ApiTags('reference data')
@Controller('reference-data')
export class ReferenceDataController {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Agencies, reform areas and reporting periods in one answer (public)' })
  @ApiOkResponse({ schema: jsonSchemaOf(ReferenceDataSchema) })
  async get(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { version, json } = await this.referenceData.current();
    if (tagAnswer(request, response, `W/"r${version}"`)) {
      response.status(304).end();
      return;
    }
    response.type('application/json').send(json);
  }
}
