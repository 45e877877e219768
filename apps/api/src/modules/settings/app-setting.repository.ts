import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppSettingEntity } from './app-setting.entity.js';

@Injectable()
export class AppSettingRepository {
  constructor(@InjectRepository(AppSettingEntity) private readonly settings: Repository<AppSettingEntity>) {}

  /** The stored value, or null when the setting is not stored. */
  async find(key: string): Promise<string | null> {
    const row = await this.settings.findOneBy({ key });
    return row?.value ?? null;
  }

  async delete(key: string): Promise<void> {
    await this.settings.delete({ key });
  }
}
