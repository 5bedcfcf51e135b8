import { DEPLOYMENT_MODES, DeploymentMode } from '../enums';
import { ListQueryDto } from '../common/pagination';
import {
  EnumField,
  FACHGEBIET_CODE,
  LandCodeField,
  PatternField,
} from '../common/validation';
import { MentorSpecialtyDto } from './mentor-response.dto';

/**
 * The public mentor gallery: active mentors who published a gallery profile and whose person has an
 * active consent for the gallery. `q` searches the name.
 */
export class MentorGalleryQueryDto extends ListQueryDto {
  @PatternField(FACHGEBIET_CODE, 'Muss ein Fachgebietsschlüssel wie FG01 sein.', { optional: true })
  fachgebietCode?: string;

  /** Mentors serving this Land (listed region or home Gemeinde in it). */
  @LandCodeField()
  landCode?: string;

  @EnumField(DEPLOYMENT_MODES, { optional: true })
  mode?: DeploymentMode;
}

/** A gallery entry: no contact data, no internal fields. */
export class MentorGalleryItemDto {
  id!: string;
  title!: string | null;
  firstName!: string;
  lastName!: string;
  /** Fachgebiete with name and level. */
  specialties!: MentorSpecialtyDto[];
  /** Land of the home Gemeinde. */
  homeLandCode!: string | null;
  /** Länder served. */
  regionLandCodes!: string[];
  modes!: DeploymentMode[];
  galleryText!: string | null;
}
