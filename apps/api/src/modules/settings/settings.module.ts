import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppSettingEntity } from './app-setting.entity.js';
import { AppSettingRepository } from './app-setting.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([AppSettingEntity])],
  providers: [AppSettingRepository],
  exports: [AppSettingRepository],
})
export class SettingsModule {}
