import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppSettingEntity } from './app-setting.entity.js';

@Injectable()
export class AppSettingRepository {
  constructor(@InjectRepository(AppSettingEntity) private readonly settings: Repository<AppSettingEntity>) {}

  /** The stored value, or `create()`'s stored first; concurrent first calls agree on one value. */
  async getOrCreate(key: string, create: () => string): Promise<string> {
    await this.settings
      .createQueryBuilder()
      .insert()
      .values({ key, value: create() })
      .orIgnore()
      .execute();
    const row = await this.settings.findOneByOrFail({ key });
    return row.value;
  }
}
