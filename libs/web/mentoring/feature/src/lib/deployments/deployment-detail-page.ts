import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { DeploymentDetailDto } from '@bn/shared/contracts';
import { DEPLOYMENT_TYPE_LABELS } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { DeploymentsApi } from '@bn/web/mentoring/data-access';
import { Breadcrumb, ConfirmService, Loading, MessagePage, PageHeader } from '@bn/web/ui';
import { isConflict, toApiError } from '@bn/web/util';
import { Subject, firstValueFrom, startWith, switchMap } from 'rxjs';
import { LOADING, LoadState, loadState } from '../shared/load-state';
import { DeploymentFacts } from './deployment-facts';
import { DeploymentFeedbackSummary } from './deployment-feedback-summary';
import { DeploymentReportSummary } from './deployment-report-summary';
import { DeploymentSessionsTable } from './deployment-sessions-table';

/** Einsatz: overview, mentors, sessions with totals, report status and feedback (read-only; FB edits and archives). */
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
    DeploymentReportSummary,
    DeploymentFeedbackSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deployment-detail-page.html',
  styleUrl: '../shared/detail-page.scss',
})
export class DeploymentDetailPage {
  private readonly api = inject(DeploymentsApi);
  private readonly session = inject(SessionStore);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly reload$ = new Subject<void>();

  protected readonly canEdit = computed(() => this.session.hasRole('FACHBERATUNG'));
  protected readonly isCoordinator = computed(() => this.session.role() === 'KOORDINATION');

  protected readonly state = toSignal<LoadState<DeploymentDetailDto>, LoadState<DeploymentDetailDto>>(
    inject(ActivatedRoute).paramMap.pipe(
      switchMap((params) =>
        this.reload$.pipe(
          startWith(undefined),
          switchMap(() => loadState(this.api.get(params.get('id') ?? ''))),
        ),
      ),
    ),
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
