import { ALLIANCE_STATUSES, AllianceStatus } from '../enums';
import { DateField, EnumField, TextField, UuidField, VersionField } from '../common/validation';
import { AllianceDto } from './alliance.dto';

/**
 * Change an alliance's status along ALLIANCE_TRANSITIONS. `changedOn` defaults to today and may not lie
 * in the future; `mergedIntoId` is required exactly when `toStatus` is FUSIONIERT.
 */
export class AllianceStatusTransitionDto {
  @EnumField(ALLIANCE_STATUSES)
  toStatus!: AllianceStatus;

  @DateField({ optional: true })
  changedOn?: string | null;

  @TextField(2000)
  reason!: string;

  /** The alliance this one merged into (FUSIONIERT only). */
  @UuidField({ optional: true })
  mergedIntoId?: string | null;

  @VersionField()
  version!: number;
}

/** One recorded status change: when, who, why. */
export class AllianceStatusChangeDto {
  id!: string;
  fromStatus!: AllianceStatus | null;
  toStatus!: AllianceStatus;
  changedOn!: string;
  actor!: string;
  reason!: string;
  createdAt!: string;
}

export class AllianceStatusTransitionResultDto {
  alliance!: AllianceDto;
  statusChange!: AllianceStatusChangeDto;
  /** Data-quality hints that do not block the change (e.g. AKTIV without a current contact person). */
  warnings!: string[];
}
