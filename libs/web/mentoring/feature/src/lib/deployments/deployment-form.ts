import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import type { DeploymentDetailDto, DeploymentMode, DeploymentType, UpdateDeploymentDto } from '@bn/shared/contracts';

function mentorGroup(isLead: boolean) {
  return new FormGroup({ mentorId: new FormControl('', { nonNullable: true, validators: isLead ? [Validators.required] : [] }) });
}

/**
 * The deployment form. `mentors` holds the lead (index 0, required) and an optional tandem partner
 * (index 1), in the order the body sends them, so server errors such as `mentors.1.mentorId` land
 * on the right field.
 */
export function createDeploymentForm() {
  return new FormGroup({
    deploymentType: new FormControl<DeploymentType | null>(null, { validators: [Validators.required] }),
    mode: new FormControl<DeploymentMode | null>(null, { validators: [Validators.required] }),
    mentors: new FormArray([mentorGroup(true), mentorGroup(false)]),
    fachgebietCodes: new FormControl<string[]>([], { nonNullable: true }),
    followUpNeeded: new FormControl(false, { nonNullable: true }),
    followUpNote: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
  });
}

export type DeploymentForm = ReturnType<typeof createDeploymentForm>;

export function fillDeploymentForm(form: DeploymentForm, deployment: DeploymentDetailDto): void {
  const lead = deployment.mentors.find((m) => m.isLead) ?? deployment.mentors[0];
  const partner = deployment.mentors.find((m) => m !== lead);
  form.reset({
    deploymentType: deployment.deploymentType,
    mode: deployment.mode,
    mentors: [{ mentorId: lead?.mentorId ?? '' }, { mentorId: partner?.mentorId ?? '' }],
    fachgebietCodes: deployment.specialties.map((s) => s.code),
    followUpNeeded: deployment.followUpNeeded,
    followUpNote: deployment.followUpNote ?? '',
  });
}

/** The update body: the edited fields plus the links the form leaves as they are. */
export function deploymentBody(form: DeploymentForm, deployment: DeploymentDetailDto): UpdateDeploymentDto {
  const v = form.getRawValue();
  const [lead, partner] = v.mentors;
  return {
    requestId: deployment.requestId,
    allianceId: deployment.allianceId,
    eventId: deployment.eventId,
    deploymentType: v.deploymentType as DeploymentType,
    mode: v.mode as DeploymentMode,
    mentors: [
      { mentorId: lead?.mentorId ?? '', isLead: true },
      ...(partner?.mentorId ? [{ mentorId: partner.mentorId, isLead: false }] : []),
    ],
    fachgebietCodes: v.fachgebietCodes,
    followUpNeeded: v.followUpNeeded,
    followUpNote: v.followUpNote.trim() || null,
    version: deployment.version,
  };
}
