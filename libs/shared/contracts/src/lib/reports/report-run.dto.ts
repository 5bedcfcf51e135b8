import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, Matches } from 'class-validator';
import { DateField, EnumField, LAND_CODE, ListQueryDto, VersionField } from '../common';
import { REPORT_RUN_STATUSES, REPORT_TYPES, ReportJobState, ReportRunStatus, ReportType } from './report-run.enums';

/** Starts a report run: period, reference date (Stichtag) and optionally some Länder. */
export class CreateReportRunDto {
  @EnumField(REPORT_TYPES)
  type!: ReportType;

  @DateField()
  periodFrom!: string;

  @DateField()
  periodTo!: string;

  /** Stichtag: status counts (alliances, partners, coverage) are taken as of this day. */
  @DateField()
  referenceDate!: string;

  /** Länderschlüssel ("01" … "16"); none or empty = all of Germany. */
  @IsOptional()
  @IsArray({ message: 'Muss eine Liste sein.' })
  @ArrayMaxSize(16, { message: 'Höchstens 16 Einträge.' })
  @ArrayUnique({ message: 'Einträge dürfen nicht doppelt vorkommen.' })
  @IsString({ each: true, message: 'Jeder Eintrag muss ein Text sein.' })
  @Matches(LAND_CODE, { each: true, message: 'Jeder Eintrag muss ein Länderschlüssel von 01 bis 16 sein.' })
  laender?: string[];
}

/** Release by the Servicebüro-Leitung, with the version the client read. */
export class ReleaseReportRunDto {
  @VersionField()
  version!: number;
}

export class ReportRunListQueryDto extends ListQueryDto {
  @EnumField(REPORT_TYPES, { optional: true })
  type?: ReportType;

  @EnumField(REPORT_RUN_STATUSES, { optional: true })
  status?: ReportRunStatus;
}

export interface ReportRunParametersDto {
  periodFrom: string;
  periodTo: string;
  referenceDate: string;
  /** Sorted; empty = all Länder. */
  laender: string[];
}

/** A report run without its figures (list and status polling). */
export interface ReportRunDto {
  id: string;
  type: ReportType;
  parameters: ReportRunParametersDto;
  authorName: string | null;
  createdAt: string;
  status: ReportRunStatus;
  releasedByName: string | null;
  releasedAt: string | null;
  jobState: ReportJobState;
  /** 0–100 */
  progress: number;
  error: string | null;
  /** SHA-256 (hex) of the figures and parameters; equal for equal parameters on equal data. */
  checksum: string | null;
  finishedAt: string | null;
  version: number;
}
