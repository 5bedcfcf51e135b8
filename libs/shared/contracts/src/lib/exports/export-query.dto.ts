import { EnumField, LandCodeField, QueryBooleanField, UuidField } from '../common/validation';

/** Raw lists that can be exported as a file (issue 6, "Exports of raw lists"). */
export const EXPORT_LIST_LABELS = {
  alliances: 'Bündnisse',
  organisations: 'Organisationen',
  events: 'Veranstaltungen',
  activities: 'Aktivitäten',
  deployments: 'Einsätze',
} as const;
export type ExportList = keyof typeof EXPORT_LIST_LABELS;

export const EXPORT_FORMAT_LABELS = { xlsx: 'Excel (XLSX)', csv: 'CSV (UTF-8, Semikolon)' } as const;
export type ExportFormat = keyof typeof EXPORT_FORMAT_LABELS;
export const EXPORT_FORMATS = Object.keys(EXPORT_FORMAT_LABELS) as ExportFormat[];

/**
 * Query of a raw list export: the file format and optional filters. The rows are always restricted to
 * the caller's data scope (coordinators: own alliances; mentors: own deployments).
 */
export class ExportQueryDto {
  @EnumField(EXPORT_FORMATS)
  format!: ExportFormat;

  /** Only records of alliances in this Land (organisations: by the municipality of their address). */
  @LandCodeField()
  landCode?: string;

  /**
   * Only the records of this alliance (organisations: its current partners), e.g. the activities tab of
   * one alliance. Still within the caller's scope: a foreign alliance yields an empty file.
   */
  @UuidField({ optional: true })
  allianceId?: string;

  /** Archived records too (default: only current ones). */
  @QueryBooleanField()
  includeArchived?: boolean;
}
