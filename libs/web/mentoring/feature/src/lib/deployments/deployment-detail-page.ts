import { ChangeDetectionStrategy, Component, Injector, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { DeploymentDetailDto, DeploymentSessionDto, DeploymentStatus, WorkflowTransitionDto } from '@bn/shared/contracts';
import { DEPLOYMENT_TYPE_LABELS } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { DeploymentsApi, WorkflowApi } from '@bn/web/mentoring/data-access';
import { Breadcrumb, ConfirmService, Loading, MessagePage, PageHeader } from '@bn/web/ui';
import { isConflict, toApiError, toIsoDate } from '@bn/web/util';
import { Subject, firstValueFrom, map, shareReplay, startWith, switchMap } from 'rxjs';
import { LOADING, LoadState, loadState } from '../shared/load-state';
import { TransitionHistory } from '../workflow/transition-history';
import { WorkflowActions } from '../workflow/workflow-actions';
import { DeploymentFacts } from './deployment-facts';
import { DeploymentFeedbackForm } from './deployment-feedback-form';
import { DeploymentFeedbackSummary } from './deployment-feedback-summary';
import { DeploymentReportSection } from './deployment-report-section';
import { DeploymentSessionDialog, SessionDialogData, SessionDialogResult } from './deployment-session-dialog';
import { DeploymentSessionsTable } from './deployment-sessions-table';

/** Statuses after which nothing is recorded on the deployment any more. */
const CLOSED: readonly DeploymentStatus[] = ['ABGESCHLOSSEN', 'ABGERECHNET', 'STORNIERT'];

/**
 * Einsatz: overview, status with its history and next steps, sessions (Fachberatung and the
 * deployment's mentors write them until the report is submitted), the report with its review, and the
 * coordination's feedback after the last session.
 */
@Component({
  selector: 'bn-deployment-detail-page',
  imports: [
    RouterLink,
    MatAnchor,
    MatButton,
    MatIcon,
    PageHeader,
    Loading,
    MessagePage,
    DeploymentFacts,
    DeploymentSessionsTable,
    DeploymentReportSection,
    DeploymentFeedbackSummary,
    DeploymentFeedbackForm,
    TransitionHistory,
    WorkflowActions,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deployment-detail-page.html',
  styleUrls: ['../shared/detail-page.scss', './deployment-detail-page.scss'],
})
export class DeploymentDetailPage {
  private readonly api = inject(DeploymentsApi);
  private readonly workflow = inject(WorkflowApi);
  private readonly session = inject(SessionStore);
  private readonly confirm = inject(ConfirmService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly reload$ = new Subject<void>();

  protected readonly role = this.session.role;
  protected readonly canEdit = computed(() => this.session.hasRole('FACHBERATUNG'));
  protected readonly isCoordinator = computed(() => this.session.role() === 'KOORDINATION');
  /** The API lets a mentor open only own deployments, so a mentor here is one of its mentors. */
  protected readonly canWriteReport = computed(() => this.session.hasRole('FACHBERATUNG', 'MENTOR'));

  private readonly id$ = inject(ActivatedRoute).paramMap.pipe(
    map((params) => params.get('id') ?? ''),
    switchMap((id) => this.reload$.pipe(startWith(undefined), map(() => id))),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
  protected readonly state = toSignal<LoadState<DeploymentDetailDto>, LoadState<DeploymentDetailDto>>(
    this.id$.pipe(switchMap((id) => loadState(this.api.get(id)))),
    { initialValue: LOADING },
  );
  protected readonly history = toSignal<LoadState<WorkflowTransitionDto[]>, LoadState<WorkflowTransitionDto[]>>(
    this.id$.pipe(switchMap((id) => loadState(this.workflow.history('DEPLOYMENT', id)))),
    { initialValue: LOADING },
  );
  protected readonly deployment = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.value : null;
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.kind === 'error' ? state.error : null;
  });
  protected readonly title = computed(() => {
    const deployment = this.deployment();
    return deployment ? `Einsatz: ${DEPLOYMENT_TYPE_LABELS[deployment.deploymentType]}` : 'Einsatz';
  });
  protected readonly breadcrumbs = computed<Breadcrumb[]>(() => [{ label: 'Einsätze', link: '/einsaetze' }, { label: this.title() }]);

  /** Sessions: the Fachberatung always (until closed), mentors until the report is submitted. */
  protected readonly canWriteSessions = computed(() => {
    const d = this.deployment();
    if (!d || d.archivedAt || CLOSED.includes(d.status)) return false;
    if (this.session.hasRole('FACHBERATUNG')) return true;
    const reportStatus = d.report?.reviewStatus ?? null;
    return this.session.role() === 'MENTOR' && reportStatus !== 'EINGEREICHT' && reportStatus !== 'FREIGEGEBEN';
  });
  /** The coordination gives feedback once a session has taken place, and once per deployment from this screen. */
  protected readonly canGiveFeedback = computed(() => {
    const d = this.deployment();
    if (!d || !this.isCoordinator() || d.archivedAt || d.status === 'STORNIERT') return false;
    const today = toIsoDate(new Date()) ?? '';
    const hasHeldSession = d.sessions.some((s) => s.heldOn <= today);
    return hasHeldSession && !d.feedback.some((f) => f.source === 'KOORDINATION');
  });

  protected reload(): void {
    this.reload$.next();
  }

  protected async openSession(deployment: DeploymentDetailDto, session?: DeploymentSessionDto): Promise<void> {
    const ref = this.dialog.open<DeploymentSessionDialog, SessionDialogData, SessionDialogResult>(DeploymentSessionDialog, {
      data: { deploymentId: deployment.id, session },
      injector: this.injector,
      width: '640px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
    const result = await firstValueFrom(ref.afterClosed());
    if (result === 'saved') {
      this.snackBar.open(session ? 'Termin gespeichert.' : 'Termin hinzugefügt.');
      this.reload();
    } else if (result === 'conflict' && (await this.confirm.confirmReloadAfterConflict())) {
      this.reload();
    }
  }

  protected async removeSession(deployment: DeploymentDetailDto, session: DeploymentSessionDto): Promise<void> {
    const day = session.heldOn.split('-').reverse().join('.');
    const isConfirmed = await this.confirm.confirm({
      title: 'Termin löschen?',
      message: `Der Termin am ${day} wird aus dem Einsatz gelöscht; Stunden und Fahrtkilometer zählen dann nicht mehr mit.`,
      confirmLabel: 'Löschen',
      isDestructive: true,
    });
    if (!isConfirmed) return;
    try {
      await firstValueFrom(this.api.deleteSession(deployment.id, session.id));
      this.snackBar.open('Termin gelöscht.');
      this.reload();
    } catch (error) {
      this.snackBar.open(toApiError(error).message, 'Schließen', { politeness: 'assertive' });
    }
  }

  protected async archive(deployment: DeploymentDetailDto): Promise<void> {
    const isConfirmed = await this.confirm.confirm({
      title: 'Einsatz archivieren?',
      message: `Der Einsatz beim „${deployment.alliance.name}" wird archiviert und erscheint nicht mehr in der Liste. Termine, Bericht und Rückmeldungen bleiben für Auswertungen erhalten.`,
      confirmLabel: 'Archivieren',
      isDestructive: true,
    });
    if (!isConfirmed) return;
    try {
      await firstValueFrom(this.api.archive(deployment.id, deployment.version));
      this.snackBar.open('Einsatz archiviert.');
      await this.router.navigate(['/einsaetze']);
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) this.reload$.next();
      } else {
        this.snackBar.open(apiError.message, 'Schließen', { politeness: 'assertive' });
      }
    }
  }

  protected retry(): void {
    this.reload$.next();
  }
}
