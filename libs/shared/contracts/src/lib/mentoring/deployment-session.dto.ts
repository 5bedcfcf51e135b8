import { DEPLOYMENT_MODES, DeploymentMode } from '../enums';
import {
  DateField,
  DecimalField,
  EnumField,
  GemeindeAgsField,
  IntField,
  TextField,
  TimeField,
  VersionField,
} from '../common/validation';

/** A session (Termin) of a deployment: when, where, how long, travel. */
export class CreateDeploymentSessionDto {
  @DateField()
  heldOn!: string;

  /** HH:MM */
  @TimeField({ optional: true })
  startTime?: string | null;

  /** HH:MM, not before startTime. */
  @TimeField({ optional: true })
  endTime?: string | null;

  @EnumField(DEPLOYMENT_MODES)
  mode!: DeploymentMode;

  /** 8-digit AGS of the Gemeinde where the session took place. */
  @GemeindeAgsField()
  gemeindeAgs?: string | null;

  @TextField(200, { optional: true })
  place?: string | null;

  @TextField(300, { optional: true })
  topic?: string | null;

  /** Hours of the session itself (default 0). */
  @DecimalField(0, 999.99, { optional: true })
  hours?: number;

  /** Preparation and follow-up hours (default 0). */
  @DecimalField(0, 999.99, { optional: true })
  prepHours?: number;

  /** Kilometres travelled; the database keeps one decimal place. */
  @DecimalField(0, 999999.9, { optional: true }, 1)
  travelKm?: number;

  @DecimalField(0, 999.99, { optional: true })
  travelHours?: number;

  @IntField(0, 100000, { optional: true })
  participantsCount?: number | null;
}

export class UpdateDeploymentSessionDto extends CreateDeploymentSessionDto {
  @VersionField()
  version!: number;
}

export class DeploymentSessionDto {
  id!: string;
  deploymentId!: string;
  heldOn!: string;
  startTime!: string | null;
  endTime!: string | null;
  mode!: DeploymentMode;
  gemeindeAgs!: string | null;
  /** Name of the Gemeinde (detail view only; null elsewhere). */
  gemeindeName!: string | null;
  place!: string | null;
  topic!: string | null;
  hours!: number;
  prepHours!: number;
  travelKm!: number;
  travelHours!: number;
  participantsCount!: number | null;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}
