import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { DATA_SOURCE_LABELS, type PersonDetailDto } from '@bn/shared/contracts';
import { StatusChip } from '@bn/web/ui';
import { LabelPipe } from '@bn/web/util';
import { PrivacyNoticeDialog, PrivacyNoticeDialogData } from '../dialogs/privacy-notice-dialog';
import { personDisplayName, privacyNoticeStatus } from '../shared/person-format';
import { PersonDialogs } from './person-dialogs';

/**
 * The Art. 14 DSGVO notice: a person whose data someone else entered must be informed within a month.
 * Shows where the person stands and records the date ("Art.-14-Information vermerkt").
 */
@Component({
  selector: 'bn-privacy-notice-section',
  imports: [MatButton, MatIcon, StatusChip, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="person-privacy">
      <div class="heading">
        <h2 id="person-privacy">Datenschutz-Information (Art. 14 DSGVO)</h2>
        @if (canRecord()) {
          <button mat-stroked-button type="button" (click)="record()">
            <mat-icon aria-hidden="true">mark_email_read</mat-icon>
            {{ person().privacyNoticeSentOn ? 'Datum der Art.-14-Information korrigieren' : 'Art.-14-Information vermerkt' }}
          </button>
        }
      </div>
      <p class="status">
        <bn-status-chip [label]="status().label" [tone]="status().tone" [icon]="status().icon" />
        <span>Herkunft der Daten: {{ person().dataSource | label: dataSourceLabels }}</span>
      </p>
      @if (person().privacyNoticeDue) {
        <p class="explanation">
          Die Daten stammen nicht von der Person selbst. Sie muss innerhalb eines Monats nach der Erfassung über die
          Speicherung informiert werden. Vermerken Sie hier, wann das geschehen ist.
        </p>
      }
    </section>
  `,
  styles: `
    .heading { display: flex; align-items: center; justify-content: space-between; gap: 12px; flex-wrap: wrap; margin-bottom: 8px; }
    h2 { font: var(--mat-sys-title-large); margin: 0; }
    .status { display: flex; align-items: center; flex-wrap: wrap; gap: 12px; }
    .explanation { color: var(--mat-sys-on-surface-variant); max-width: 70ch; }
  `,
})
export class PrivacyNoticeSection {
  private readonly dialogs = inject(PersonDialogs);

  readonly person = input.required<PersonDetailDto>();
  /** The role may record the notice (Fachberatung, coordinators). */
  readonly canEdit = input(false);

  protected readonly dataSourceLabels = DATA_SOURCE_LABELS;
  protected readonly status = computed(() => privacyNoticeStatus(this.person()));
  protected readonly canRecord = computed(
    () => this.canEdit() && !this.person().archivedAt && (this.person().privacyNoticeDue || !!this.person().privacyNoticeSentOn),
  );

  protected record(): Promise<void> {
    const person = this.person();
    const data: PrivacyNoticeDialogData = {
      personId: person.id,
      personName: personDisplayName(person),
      version: person.version,
      sentOn: person.privacyNoticeSentOn,
    };
    return this.dialogs.open(PrivacyNoticeDialog, data, 'Die Art.-14-Information wurde vermerkt.');
  }
}
