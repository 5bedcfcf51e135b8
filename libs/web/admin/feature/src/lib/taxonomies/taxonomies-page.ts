import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTab, MatTabGroup } from '@angular/material/tabs';
import type { FachgebietDto, HandlungsfeldDto, ZielgruppeDto } from '@bn/shared/contracts';
import { TaxonomyApi } from '@bn/web/admin/data-access';
import { EmptyState, Loading, PageHeader } from '@bn/web/ui';
import { toApiError } from '@bn/web/util';
import { Observable, catchError, map, of, startWith, switchMap } from 'rxjs';

/** The taxonomy versions of the Handlungsfelder (KANON is the canonical list the others map onto). */
export const TAXONOMY_VERSIONS: readonly { value: string; label: string }[] = [
  { value: 'KANON', label: 'Kanonische Liste (HF01–HF12)' },
  { value: 'A', label: 'Version A (2008–2012)' },
  { value: 'B', label: 'Version B (2014–2021)' },
  { value: 'C', label: 'Version C (2021–2023)' },
  { value: 'D', label: 'Version D (2023–2025)' },
  { value: 'all', label: 'Alle Versionen' },
];

interface Loaded<T> {
  items: T[] | null;
  error: string | null;
}

function loaded<T>(request: Observable<T[]>): Observable<Loaded<T>> {
  return request.pipe(
    map((items) => ({ items, error: null })),
    startWith({ items: null, error: null }),
    catchError((error: unknown) => of({ items: null, error: toApiError(error).message })),
  );
}

/** Read-only view of the taxonomies: Handlungsfelder per version with their mapping, Fachgebiete, Zielgruppen. */
@Component({
  selector: 'bn-taxonomies-page',
  imports: [DatePipe, FormsModule, MatFormField, MatLabel, MatSelect, MatOption, MatTableModule, MatTabGroup, MatTab, PageHeader, Loading, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './taxonomies-page.html',
  styleUrl: './taxonomies-page.scss',
})
export class TaxonomiesPage {
  private readonly api = inject(TaxonomyApi);

  protected readonly versions = TAXONOMY_VERSIONS;
  protected readonly version = signal('KANON');
  protected readonly handlungsfelder = signal<Loaded<HandlungsfeldDto>>({ items: null, error: null });
  protected readonly fachgebiete = signal<Loaded<FachgebietDto>>({ items: null, error: null });
  protected readonly zielgruppen = signal<Loaded<ZielgruppeDto>>({ items: null, error: null });
  protected readonly handlungsfeldColumns = ['code', 'name', 'taxonomyVersion', 'validity', 'mapsTo'];
  protected readonly fachgebietColumns = ['code', 'name', 'description'];
  protected readonly zielgruppeColumns = ['code', 'name'];

  constructor() {
    toObservable(this.version)
      .pipe(
        switchMap((version) => loaded(this.api.handlungsfelder(version))),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.handlungsfelder.set(state));
    loaded(this.api.fachgebiete())
      .pipe(takeUntilDestroyed())
      .subscribe((state) => this.fachgebiete.set(state));
    loaded(this.api.zielgruppen())
      .pipe(takeUntilDestroyed())
      .subscribe((state) => this.zielgruppen.set(state));
  }

  protected versionLabel(value: string): string {
    return this.versions.find((v) => v.value === value)?.label ?? value;
  }
}
