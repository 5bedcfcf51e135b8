import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, Injector, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { DECLARATION_KIND_LABELS, SIGNATURE_OCCASION_LABELS } from '@bn/shared/contracts';
import type { AllianceDeclarationDto, AllianceDetailDto, AllianceSignatureDto } from '@bn/shared/contracts';
import { AllianceDeclarationsApi } from '@bn/web/alliances/data-access';
import { EmptyState, Loading } from '@bn/web/ui';
import { ApiError, LabelPipe, toApiError } from '@bn/web/util';
import { catchError, map, of, switchMap } from 'rxjs';
import { DeclarationDialog, DeclarationDialogData } from './declaration-dialog';
import { RowActions } from './row-actions';
import { SignatureDialog, SignatureDialogData } from './signature-dialog';
import { tabAccess } from './tab-access';

interface DeclarationsView {
  isLoading: boolean;
  declarations: AllianceDeclarationDto[];
  error: ApiError | null;
}

/**
 * Tab "Gemeinsame Erklärung": the alliance's declarations (Gründungserklärung, Bündnisvereinbarung …) with
 * their signatories; writers add declarations and signatures and archive declarations.
 */
@Component({
  selector: 'bn-alliance-declaration-tab',
  imports: [DatePipe, RouterLink, MatTableModule, MatButton, MatIcon, Loading, EmptyState, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './declaration-tab.html',
  styleUrl: './tab.scss',
})
export class AllianceDeclarationTab {
  readonly alliance = input.required<AllianceDetailDto>();

  private readonly api = inject(AllianceDeclarationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  protected readonly kindLabels = DECLARATION_KIND_LABELS;
  protected readonly occasionLabels = SIGNATURE_OCCASION_LABELS;
  protected readonly signatureColumns = ['organisation', 'signatory', 'signedOn', 'occasion'];
  protected readonly access = tabAccess(() => this.alliance());

  private readonly reloads = signal(0);
  protected readonly view = signal<DeclarationsView>({ isLoading: true, declarations: [], error: null });
  protected readonly actions = new RowActions(() => this.reloads.update((n) => n + 1));

  constructor() {
    const trigger = computed(() => ({ id: this.alliance().id, reload: this.reloads() }));
    toObservable(trigger)
      .pipe(
        switchMap(({ id }) => {
          this.view.update((view) => ({ ...view, isLoading: true, error: null }));
          return this.api.list(id).pipe(
            map((declarations): DeclarationsView => ({ isLoading: false, declarations, error: null })),
            catchError((error: unknown) => of<DeclarationsView>({ ...this.view(), isLoading: false, error: toApiError(error) })),
          );
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((view) => this.view.set(view));
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected addDeclaration(): void {
    this.openDeclarationDialog(null);
  }

  protected edit(declaration: AllianceDeclarationDto): void {
    this.openDeclarationDialog(declaration);
  }

  protected addSignature(declaration: AllianceDeclarationDto): void {
    const ref = this.dialog.open<SignatureDialog, SignatureDialogData, AllianceSignatureDto>(SignatureDialog, {
      data: { allianceId: this.alliance().id, declaration },
      injector: this.injector,
      width: '600px',
      maxWidth: '95vw',
    });
    ref.afterClosed().subscribe((saved) => {
      if (saved) this.actions.saved(`Unterzeichnung von „${saved.organisationName}“ eingetragen.`);
    });
  }

  protected async archive(declaration: AllianceDeclarationDto): Promise<void> {
    await this.actions.run(
      {
        title: 'Erklärung archivieren?',
        message: `Die Erklärung „${declaration.title}“ wird mit ihren Unterzeichnungen archiviert und nicht mehr angezeigt.`,
        confirmLabel: 'Archivieren',
        isDestructive: true,
      },
      () => this.api.archive(this.alliance().id, declaration.id, declaration.version),
      'Erklärung archiviert.',
    );
  }

  private openDeclarationDialog(declaration: AllianceDeclarationDto | null): void {
    const ref = this.dialog.open<DeclarationDialog, DeclarationDialogData, AllianceDeclarationDto>(DeclarationDialog, {
      data: { allianceId: this.alliance().id, declaration },
      injector: this.injector,
      width: '600px',
      maxWidth: '95vw',
    });
    ref.afterClosed().subscribe((saved) => {
      if (saved) this.actions.saved(declaration ? 'Gespeichert.' : 'Erklärung angelegt.');
    });
  }
}
