import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Columns shared by every record people edit: a UUID, timestamps and the optimistic-lock version.
 * Writes compare the version in SQL (`WHERE id = $1 AND version = $2`); see VersionedWriter.
 */
export abstract class EditableEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** An editable record whose history must stay: it is archived, never deleted. */
export abstract class ArchivableEntity extends EditableEntity {
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}

/** SQL for a CHECK constraint that limits a column to the given values. */
export function oneOf(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
}

/** SQL for a CHECK constraint that limits an array column to a subset of the given values. */
export function subsetOf(column: string, values: readonly string[]): string {
  return `"${column}" <@ ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::varchar[]`;
}

/** numeric columns come back from pg as strings; this keeps them numbers in the entity. */
export const numericTransformer = {
  to: (value: number | null | undefined): number | null | undefined => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};
