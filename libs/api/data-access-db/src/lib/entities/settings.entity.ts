import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Settings that the Servicebüro changes at run time (the matcher's weights, the ministry's name on
 * reports). One JSON value per key; each domain owns its keys and validates their values.
 */
@Entity('app_setting')
export class AppSetting {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: unknown;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;
}
