import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { Subject, startWith, switchMap } from 'rxjs';
import { ReadinessCheck, SystemHealthClient } from './system-health';

@Component({
  selector: 'bn-start-page',
  imports: [DatePipe, MatButton, MatIcon, MatProgressSpinner],
  templateUrl: './start-page.html',
  styleUrl: './start-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartPage {
  private readonly healthClient = inject(SystemHealthClient);
  private readonly checkRequests = new Subject<void>();

  /** A new request cancels one still running (switchMap). */
  protected readonly readiness = toSignal(
    this.checkRequests.pipe(
      switchMap(() =>
        this.healthClient
          .checkReadiness()
          .pipe(startWith<ReadinessCheck>({ state: 'loading' })),
      ),
    ),
    { initialValue: { state: 'idle' } satisfies ReadinessCheck },
  );

  protected checkReadiness(): void {
    this.checkRequests.next();
  }
}
