import { DeploymentMode, MentorStatus, SpecialtyLevel } from '../enums';
import { MentorAbsenceDto } from './mentor-absence.dto';

/** The fields of a Mentorprofil as stored. */
export class MentorDto {
  id!: string;
  personId!: string;
  homeAllianceId!: string | null;
  homeOrganisationId!: string | null;
  status!: MentorStatus;
  qualifiedSince!: string | null;
  cohort!: string | null;
  homeGemeindeAgs!: string | null;
  radiusKm!: number | null;
  modes!: DeploymentMode[];
  capacityPerQuarter!: number;
  galleryText!: string | null;
  galleryPublished!: boolean;
  agreementSignedOn!: string | null;
  agreementVersion!: string | null;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
  archivedAt!: string | null;
}

export class MentorSpecialtyDto {
  code!: string;
  name!: string;
  level!: SpecialtyLevel;
}

/** One row of the mentors list. */
export class MentorListItemDto {
  id!: string;
  personId!: string;
  firstName!: string;
  lastName!: string;
  status!: MentorStatus;
  /** Land of the home Gemeinde. */
  homeLandCode!: string | null;
  modes!: DeploymentMode[];
  specialties!: MentorSpecialtyDto[];
  /** Länder served. */
  regionLandCodes!: string[];
  capacityPerQuarter!: number;
  /** An absence covers today. */
  isAbsent!: boolean;
  version!: number;
  archivedAt!: string | null;
}

export class MentorPersonDto {
  id!: string;
  title!: string | null;
  firstName!: string;
  lastName!: string;
  /** Business e-mail and phone only. */
  email!: string | null;
  phone!: string | null;
}

export class MentorHomeGemeindeDto {
  ags!: string;
  name!: string;
  landCode!: string;
  latitude!: number;
  longitude!: number;
}

export class MentorTopicDto {
  handlungsfeldId!: string;
  code!: string;
  name!: string;
}

export class MentorRegionDto {
  landCode!: string;
  name!: string;
}

export class MentorConflictDto {
  allianceId!: string;
  allianceName!: string;
  note!: string | null;
}

export class MentorDetailDto extends MentorDto {
  person!: MentorPersonDto;
  homeAllianceName!: string | null;
  homeOrganisationName!: string | null;
  homeGemeinde!: MentorHomeGemeindeDto | null;
  specialties!: MentorSpecialtyDto[];
  topics!: MentorTopicDto[];
  regions!: MentorRegionDto[];
  /** Current and future absences, earliest first. */
  absences!: MentorAbsenceDto[];
  conflicts!: MentorConflictDto[];
  /** The person has an active consent with purpose GALERIE. */
  hasGalleryConsent!: boolean;
  /**
   * Deployments counted against `capacityPerQuarter`: not cancelled or postponed, and whose first
   * session (or, without sessions, whose creation) falls in the current quarter.
   */
  currentLoad!: number;
}
