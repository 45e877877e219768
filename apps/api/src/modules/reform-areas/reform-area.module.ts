import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReformAreaController } from './reform-area.controller.js';
import { ReformAreaEntity } from './reform-area.entity.js';
import { ReformAreaRepository } from './reform-area.repository.js';
import { ReformAreaService } from './reform-area.service.js';
import { ReformProgrammeEntity } from './reform-programme.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([ReformProgrammeEntity, ReformAreaEntity])],
  controllers: [ReformAreaController],
  providers: [ReformAreaRepository, ReformAreaService],
  exports: [ReformAreaService],
})
export class ReformAreaModule {}
