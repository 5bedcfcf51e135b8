import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ROLE_LABELS, ROLES } from '@bn/shared/contracts';
import type { Page, UserDetailDto, UserDto } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { UsersApi } from '@bn/web/admin/data-access';
import { EmptyState, Loading, PageHeader, StatusChip } from '@bn/web/ui';
import { LabelPipe, ListQuery, PAGE_SIZE_OPTIONS, readListQuery, toApiError, toApiParams, toQueryParams } from '@bn/web/util';
import { BehaviorSubject, EMPTY, catchError, combineLatest, debounceTime, distinctUntilChanged, finalize, map, merge, switchMap, tap } from 'rxjs';
import { InviteUserDialog, InviteUserDialogData } from './invite-user-dialog';
import { invitableRoles } from './invite-roles';
import { USER_STATUS_FILTERS, UserStatusFilter, userStatus } from './user-status';

const FILTER_KEYS = ['q', 'role', 'status'] as const;
const DEFAULTS: Partial<ListQuery> = { sort: 'displayName', direction: 'asc' };

/** The list query as the API wants it: the status filter becomes `disabled=true|false`. */
export function toUserApiParams(query: ListQuery): Record<string, string> {
  const { status, ...params } = toApiParams(query);
  const disabled = USER_STATUS_FILTERS[status as UserStatusFilter];
  return disabled ? { ...params, disabled } : params;
}

/** "Benutzer:innen": all accounts with filters (role, status, search), sorting and paging in the URL; invite. */
@Component({
  selector: 'bn-users-page',
  imports: [
    DatePipe, DecimalPipe, ReactiveFormsModule, RouterLink, MatButton, MatIcon, MatFormField, MatLabel, MatPrefix, MatInput,
    MatSelect, MatOption, MatTableModule, MatSort, MatSortHeader, MatPaginator, PageHeader, EmptyState, Loading, StatusChip, LabelPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
})
export class UsersPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(UsersApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly session = inject(SessionStore);
  private readonly reloads = new BehaviorSubject<void>(undefined);
  /** The search text last put into the URL from the field (so the URL does not overwrite further typing). */
  private sentSearch = '';

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly columns = ['displayName', 'email', 'role', 'status', 'totp', 'lastLoginAt'];
  protected readonly userStatus = userStatus;

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map((params) => readListQuery(params, FILTER_KEYS, DEFAULTS))), {
    requireSync: true,
  });
  protected readonly page = signal<Page<UserDto> | null>(null);
  protected readonly isLoading = signal(true);
  protected readonly message = signal<string | null>(null);
  protected readonly filters = inject(FormBuilder).nonNullable.group({ q: '', role: '', status: '' });

  constructor() {
    combineLatest([this.route.queryParamMap, this.reloads])
      .pipe(
        map(([params]) => readListQuery(params, FILTER_KEYS, DEFAULTS)),
        tap((query) => this.showFilters(query)),
        switchMap((query) => {
          this.isLoading.set(true);
          this.message.set(null);
          return this.api.list(toUserApiParams(query)).pipe(
            catchError((error: unknown) => {
              this.message.set(toApiError(error).message);
              return EMPTY;
            }),
            finalize(() => this.isLoading.set(false)),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((page) => this.page.set(page));

    const { q, role, status } = this.filters.controls;
    merge(q.valueChanges.pipe(debounceTime(300), distinctUntilChanged()), role.valueChanges, status.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        const filters = this.filters.getRawValue();
        this.sentSearch = filters.q;
        void this.navigate({ page: 1, filters });
      });
  }

  protected sortBy(sort: Sort): Promise<boolean> {
    return this.navigate({ sort: sort.active, direction: sort.direction === 'desc' ? 'desc' : 'asc', page: 1 });
  }

  protected changePage(event: PageEvent): Promise<boolean> {
    return this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected resetFilters(): Promise<boolean> {
    return this.navigate({ page: 1, filters: {} });
  }

  protected retry(): void {
    this.reloads.next();
  }

  protected hasFilters(): boolean {
    return Object.keys(this.query().filters).length > 0;
  }

  protected openInvite(): void {
    const ref = this.dialog.open<InviteUserDialog, InviteUserDialogData, UserDetailDto>(InviteUserDialog, {
      data: { roles: invitableRoles(this.session.role()) },
      width: '560px',
      autoFocus: 'first-tabbable',
    });
    ref.afterClosed().subscribe((user) => {
      if (!user) return;
      this.snackBar.open(`Einladung für ${user.displayName} erstellt.`, 'OK');
      this.reloads.next();
    });
  }

  private navigate(change: Partial<ListQuery>): Promise<boolean> {
    const next: ListQuery = { ...this.query(), ...change };
    // The default order stays out of the URL.
    const isDefaultSort = next.sort === DEFAULTS.sort && next.direction === DEFAULTS.direction;
    return this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(isDefaultSort ? { ...next, sort: null } : next) });
  }

  /** The filter fields follow the URL (back/forward, reload) without triggering a new navigation. */
  private showFilters(query: ListQuery): void {
    const q = query.filters['q'] ?? '';
    if (q !== this.sentSearch) {
      this.sentSearch = q;
      this.filters.controls.q.setValue(q, { emitEvent: false });
    }
    this.filters.patchValue({ role: query.filters['role'] ?? '', status: query.filters['status'] ?? '' }, { emitEvent: false });
  }
}
