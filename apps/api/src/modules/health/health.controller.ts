import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthSchema, type HealthDto } from '@cchc/domain';
import type { Response } from 'express';
import { Public } from '../../common/auth/auth.decorators.js';
import { DATABASE_RETRY_AFTER_SECONDS } from '../../common/filters/all-exceptions.filter.js';
import { jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { HealthService } from './health.service.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and each dependency: 200 when all are up, 503 naming the one that is down' })
  @ApiOkResponse({
    schema: jsonSchemaOf(HealthSchema),
    example: {
      status: 'ok',
      checks: { database: { status: 'up', kind: 'embedded', latencyMs: 2 } },
      database: { kind: 'embedded', version: '18.6' },
      migrations: ['CreateReferenceTables1764115200000'],
    },
  })
  @ApiServiceUnavailableResponse({
    schema: jsonSchemaOf(HealthSchema),
    example: {
      status: 'unavailable',
      checks: { database: { status: 'down', kind: 'postgres', latencyMs: 3, reason: 'connection refused' } },
      database: { kind: 'postgres' },
    },
  })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const health = await this.health.check();
    // Monitors and load balancers poll this: an old answer must never stand in for a new one.
    response.setHeader('Cache-Control', 'no-store');
    if (health.status !== 'ok') {
      response.status(503);
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    }
    return health;
  }
}
