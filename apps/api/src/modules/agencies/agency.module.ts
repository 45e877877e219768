import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgencyController } from './agency.controller.js';
import { AgencyEntity } from './agency.entity.js';
import { AgencyRepository } from './agency.repository.js';
import { AgencyService } from './agency.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity])],
  controllers: [AgencyController],
  providers: [AgencyRepository, AgencyService],
  exports: [AgencyService],
})
export class AgencyModule {}
