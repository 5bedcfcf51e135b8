import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { DeploymentDetailDto } from '@bn/shared/contracts';
import { DEPLOYMENT_MODES, DEPLOYMENT_TYPE_LABELS, DEPLOYMENT_TYPES, MODE_LABELS } from '@bn/shared/contracts';
import { DeploymentsApi, MentoringLookups, MentorOption } from '@bn/web/mentoring/data-access';
import { Breadcrumb, ConfirmService, HasUnsavedChanges, Loading, MessagePage, PageHeader } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, isConflict, toApiError } from '@bn/web/util';
import { catchError, firstValueFrom, of } from 'rxjs';
import { createDeploymentForm, deploymentBody, fillDeploymentForm } from './deployment-form';

/**
 * Edit a deployment's recorded fields (Fachberatung): type, mode, mentors (lead and tandem partner),
 * Fachgebiete, follow-up. Alliance, request and event stay; the status changes only through the workflow.
 */
@Component({
  selector: 'bn-deployment-edit-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatButton,
    PageHeader,
    Loading,
    MessagePage,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deployment-edit-page.html',
  styleUrl: '../shared/form-page.scss',
})
export class DeploymentEditPage implements HasUnsavedChanges {
  private readonly api = inject(DeploymentsApi);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);

  protected readonly deploymentId = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly form = createDeploymentForm();
  protected readonly lead = this.form.controls.mentors.at(0).controls.mentorId;
  protected readonly partner = this.form.controls.mentors.at(1).controls.mentorId;
  protected readonly loaded = signal<DeploymentDetailDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly isBusy = signal(false);
  protected readonly formErrors = signal<string[]>([]);
  protected readonly mentors = toSignal(inject(MentoringLookups).mentors().pipe(catchError(() => of<MentorOption[]>([]))), {
    initialValue: [],
  });
  protected readonly leadId = toSignal(this.lead.valueChanges, { initialValue: '' });
  /** The tandem partner is someone other than the lead. */
  protected readonly partnerOptions = computed(() => this.mentors().filter((m) => m.id !== this.leadId()));
  protected readonly fachgebiete = toSignal(inject(MentoringLookups).fachgebiete$.pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly subtitle = computed(() => this.loaded()?.alliance.name ?? null);
  protected readonly breadcrumbs = computed<Breadcrumb[]>(() => {
    const d = this.loaded();
    return [
      { label: 'Einsätze', link: '/einsaetze' },
      { label: d ? `${DEPLOYMENT_TYPE_LABELS[d.deploymentType]} – ${d.alliance.name}` : 'Einsatz', link: ['/einsaetze', this.deploymentId] },
      { label: 'Bearbeiten' },
    ];
  });

  protected readonly types = DEPLOYMENT_TYPES;
  protected readonly typeLabels = DEPLOYMENT_TYPE_LABELS;
  protected readonly modes = DEPLOYMENT_MODES;
  protected readonly modeLabels = MODE_LABELS;
  private isSaved = false;

  constructor() {
    this.lead.valueChanges.pipe(takeUntilDestroyed()).subscribe((leadId) => {
      if (leadId && this.partner.value === leadId) this.partner.setValue('');
    });
    void this.load();
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.isSaved;
  }

  protected async save(): Promise<void> {
    const current = this.loaded();
    this.formErrors.set([]);
    if (!current) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.isBusy.set(true);
    try {
      await firstValueFrom(this.api.update(current.id, deploymentBody(this.form, current)));
      this.isSaved = true;
      this.form.markAsPristine();
      this.snackBar.open('Gespeichert.');
      await this.router.navigate(['/einsaetze', current.id]);
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) await this.load();
      } else {
        const unmatched = applyServerErrors(this.form, apiError);
        this.formErrors.set(Object.keys(apiError.fields).length ? unmatched : [apiError.message]);
      }
    } finally {
      this.isBusy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      const deployment = await firstValueFrom(this.api.get(this.deploymentId));
      this.loaded.set(deployment);
      fillDeploymentForm(this.form, deployment);
      this.loadError.set(null);
    } catch (error) {
      this.loadError.set(toApiError(error).message);
    }
  }
}
