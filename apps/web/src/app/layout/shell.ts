import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, OnInit, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatIconAnchor, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatListItem, MatListItemIcon, MatListItemTitle, MatNavList } from '@angular/material/list';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { MatTooltip } from '@angular/material/tooltip';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ROLE_LABELS } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { SessionExpiryWatcher, navItemsFor } from '@bn/web/core';
import { UnreadCount } from '@bn/web/inbox/data-access';
import { map } from 'rxjs';
import { GlobalSearch } from './global-search';

/** The signed-in frame: toolbar with search and account menu, side navigation by role, content. */
@Component({
  selector: 'bn-shell',
  imports: [
    RouterOutlet, RouterLink, RouterLinkActive, MatToolbar, MatIconButton, MatIconAnchor, MatIcon, MatTooltip,
    MatSidenav, MatSidenavContainer, MatSidenavContent, MatNavList, MatListItem, MatListItemIcon, MatListItemTitle,
    MatMenu, MatMenuItem, MatMenuTrigger, GlobalSearch,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell implements OnInit {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly expiry = inject(SessionExpiryWatcher);
  private readonly content = viewChild.required<ElementRef<HTMLElement>>('content');
  private readonly unreadCount = inject(UnreadCount);
  private readonly destroyRef = inject(DestroyRef);

  /** The inbox badge: polled every 60 s and after each navigation. */
  protected readonly unread = this.unreadCount.unread;
  protected readonly inboxLabel = computed(() => {
    const unread = this.unread();
    if (unread === 0) return 'Benachrichtigungen, keine ungelesenen';
    return `Benachrichtigungen, ${unread} ungelesen`;
  });

  protected readonly user = this.session.user;
  protected readonly roleLabel = computed(() => {
    const role = this.session.role();
    return role ? ROLE_LABELS[role] : '';
  });
  /** The search API serves the roles that work with records (not Ministerium or Administration). */
  protected readonly canSearch = computed(() => this.session.hasRole('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR'));
  protected readonly navItems = computed(() => navItemsFor(this.session.role()));
  protected readonly isHandset = toSignal(
    inject(BreakpointObserver).observe('(max-width: 959px)').pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  ngOnInit(): void {
    this.expiry.start();
    this.unreadCount.watch(this.destroyRef);
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.content().nativeElement.focus();
  }

  protected async signOut(): Promise<void> {
    await this.session.logout();
    await this.router.navigate(['/anmelden']);
  }
}
