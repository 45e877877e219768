import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReportingPeriodController } from './reporting-period.controller.js';
import { ReportingPeriodEntity } from './reporting-period.entity.js';
import { ReportingPeriodRepository } from './reporting-period.repository.js';
import { ReportingPeriodService } from './reporting-period.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ReportingPeriodEntity])],
  controllers: [ReportingPeriodController],
  providers: [ReportingPeriodRepository, ReportingPeriodService],
  exports: [ReportingPeriodService],
})
export class ReportingPeriodModule {}
