import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { ROLE_LABELS } from '@bn/shared/contracts';
import type { Role } from '@bn/shared/contracts';
import type { LinkOption } from '@bn/web/admin/data-access';
import { FieldErrorPipe } from '@bn/web/util';
import { AlliancePicker } from './alliance-picker';
import { MentorProfilePicker } from './mentor-profile-picker';

/** What each role does, shown under the role field. */
export const ROLE_HINTS: Record<Role, string> = {
  FACHBERATUNG: 'Sieht und bearbeitet alle Bündnisse, Anfragen und Einsätze.',
  LEITUNG: 'Wie die Fachberatung, dazu Berichtsfreigabe und Benutzerverwaltung.',
  KOORDINATION: 'Pflegt nur die zugeordneten Bündnisse.',
  MENTOR: 'Pflegt das eigene Mentorprofil, Angebote und Einsätze.',
  MINISTERIUM: 'Sieht nur freigegebene, zusammengefasste Berichte.',
  ADMINISTRATION: 'Technische Verwaltung: Benutzerkonten und Einstellungen, keine Inhalte.',
};

export interface UserAccessControls {
  displayName: FormControl<string>;
  role: FormControl<Role | null>;
  allianceIds: FormControl<string[]>;
  mentorProfileId: FormControl<string | null>;
}

/** The edit form (name, role, links) or the invitation form (the same plus the e-mail address). */
export type UserAccessForm = FormGroup<UserAccessControls> | FormGroup<UserAccessControls & { email: FormControl<string> }>;

/** Required only while the form's role is `role` (coordinators need alliances, mentors a profile). */
function requiredForRole(role: Role): ValidatorFn {
  return (control: AbstractControl) => {
    if (control.parent?.get('role')?.value !== role) return null;
    const value: unknown = control.value;
    return value === null || (Array.isArray(value) && value.length === 0) ? { required: true } : null;
  };
}

/** Name, role and the role's links, with the limits of InviteUserDto / UpdateUserDto. */
export function userAccessControls(): UserAccessControls {
  return {
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    role: new FormControl<Role | null>(null, { validators: [Validators.required] }),
    allianceIds: new FormControl<string[]>([], { nonNullable: true, validators: [requiredForRole('KOORDINATION')] }),
    mentorProfileId: new FormControl<string | null>(null, { validators: [requiredForRole('MENTOR')] }),
  };
}

/** The request fields for the chosen role: alliances only for coordinators, a profile only for mentors. */
export function accessPayload(value: { displayName: string; role: Role | null; allianceIds: string[]; mentorProfileId: string | null }): {
  displayName: string;
  role: Role;
  allianceIds: string[];
  mentorProfileId: string | null;
} {
  const role = value.role ?? 'KOORDINATION';
  return {
    displayName: value.displayName.trim(),
    role,
    allianceIds: role === 'KOORDINATION' ? value.allianceIds : [],
    mentorProfileId: role === 'MENTOR' ? value.mentorProfileId : null,
  };
}

/** The shared part of the invitation and the edit form: name, role, alliances or Mentorprofil. */
@Component({
  selector: 'bn-user-access-fields',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSelect, MatOption, FieldErrorPipe, AlliancePicker, MentorProfilePicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div [formGroup]="form()" class="fields">
      <mat-form-field appearance="outline">
        <mat-label>Name</mat-label>
        <input matInput formControlName="displayName" autocomplete="off" required />
        <mat-error>{{ form().controls.displayName | fieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Rolle</mat-label>
        <mat-select formControlName="role" required>
          @for (role of roles(); track role) {
            <mat-option [value]="role">{{ roleLabels[role] }}</mat-option>
          }
        </mat-select>
        @if (isRoleLocked()) {
          <mat-hint>Ihre eigene Rolle können Sie nicht ändern.</mat-hint>
        } @else if (roleHint(); as hint) {
          <mat-hint>{{ hint }}</mat-hint>
        }
        <mat-error>{{ form().controls.role | fieldError }}</mat-error>
      </mat-form-field>
      @if (role() === 'KOORDINATION') {
        <bn-alliance-picker [control]="form().controls.allianceIds" [initial]="initialAlliances()" />
      }
      @if (role() === 'MENTOR') {
        <bn-mentor-profile-picker [control]="form().controls.mentorProfileId" [initialLabel]="initialMentorLabel()" />
      }
    </div>
  `,
  styles: `.fields { display: flex; flex-direction: column; gap: 8px; } mat-form-field { width: 100%; }`,
})
export class UserAccessFields implements OnInit {
  private readonly destroyRef = inject(DestroyRef);

  readonly form = input.required<UserAccessForm>();
  readonly roles = input.required<readonly Role[]>();
  readonly initialAlliances = input<LinkOption[]>([]);
  readonly initialMentorLabel = input<string | null>(null);
  readonly isRoleLocked = input(false);

  /** The role currently chosen (the template shows the matching link field). */
  protected readonly role = signal<Role | null>(null);
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly roleHint = computed(() => {
    const role = this.role();
    return role ? ROLE_HINTS[role] : null;
  });

  ngOnInit(): void {
    const { role, allianceIds, mentorProfileId } = this.form().controls;
    this.role.set(role.value);
    // A new role shows its link field and re-checks which link is required.
    role.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((value) => {
      this.role.set(value);
      allianceIds.updateValueAndValidity();
      mentorProfileId.updateValueAndValidity();
    });
  }
}
