import { DEPLOYMENT_MODES, DeploymentMode } from '../enums';
import { BooleanField, CodeArrayField, EnumArrayField, IntField, LAND_CODE, TextField, VersionField } from '../common/validation';

/**
 * What a mentor keeps up to date on their own profile: how, how often and where they can work, and
 * the public gallery text. A full replacement of these fields (absent optional fields become empty);
 * everything else on the profile stays with the Fachberatung.
 */
export class UpdateMentorAvailabilityDto {
  @EnumArrayField(DEPLOYMENT_MODES, DEPLOYMENT_MODES.length)
  modes!: DeploymentMode[];

  @IntField(0, 50)
  capacityPerQuarter!: number;

  /** Maximum travel radius in km; needs the home Gemeinde of the profile. */
  @IntField(1, 1000, { optional: true })
  radiusKm?: number | null;

  /** Länder the mentor serves (replaced as a whole). */
  @CodeArrayField(LAND_CODE, 16)
  regionLandCodes!: string[];

  /** Public gallery text. */
  @TextField(2000, { optional: true })
  galleryText?: string | null;

  /** Publishing needs the person's active GALERIE consent. */
  @BooleanField({ optional: true })
  galleryPublished?: boolean;

  @VersionField()
  version!: number;
}
