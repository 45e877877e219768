import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthSchema, type HealthDto } from '@cchc/domain';
import { Public } from '../../common/auth/auth.decorators.js';
import { jsonSchemaOf } from '../../common/openapi/openapi-schema.js';
import { HealthService } from './health.service.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Liveness, which database is in use, and the migrations applied to it' })
  @ApiOkResponse({
    schema: jsonSchemaOf(HealthSchema),
    example: { status: 'ok', database: { kind: 'embedded', version: '18.6' }, migrations: ['CreateReferenceTables1764115200000'] },
  })
  check(): Promise<HealthDto> {
    return this.health.check();
  }
}
