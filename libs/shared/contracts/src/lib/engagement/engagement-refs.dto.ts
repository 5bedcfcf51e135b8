/** A Handlungsfeld assigned to an activity or a project. */
export class EngagementHandlungsfeldDto {
  id!: string;
  code!: string;
  name!: string;
}

/** A partner organisation involved in an activity or a project. */
export class EngagementPartnerDto {
  organisationId!: string;
  name!: string;
}

/** A target group of a project. */
export class EngagementZielgruppeDto {
  code!: string;
  name!: string;
}
