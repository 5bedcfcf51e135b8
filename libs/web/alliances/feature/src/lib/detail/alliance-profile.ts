import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { AllianceDetailDto } from '@bn/shared/contracts';
import { BODY_TYPE_LABELS, ORG_FORM_LABELS, TERRITORIAL_LEVEL_LABELS } from '@bn/shared/contracts';
import { LabelPipe } from '@bn/web/util';

/** Tab "Profil": every field of the alliance in readable German sections. */
@Component({
  selector: 'bn-alliance-profile',
  imports: [DatePipe, DecimalPipe, RouterLink, MatIcon, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './alliance-profile.html',
  styleUrl: './alliance-profile.scss',
})
export class AllianceProfile {
  readonly alliance = input.required<AllianceDetailDto>();

  protected readonly levelLabels = TERRITORIAL_LEVEL_LABELS;
  protected readonly orgFormLabels = ORG_FORM_LABELS;
  protected readonly bodyTypeLabels = BODY_TYPE_LABELS;

  protected readonly land = computed(() => {
    const a = this.alliance();
    return a.landName ? `${a.landName}${a.landAbbreviation ? ' (' + a.landAbbreviation + ')' : ''}` : a.landCode;
  });
  protected readonly coveredGemeinden = computed(() => this.alliance().coveredGemeinden.map((g) => g.name).join(', '));
  /** The main focus first, then the others in the taxonomy's order. */
  protected readonly handlungsfelder = computed(() => [...this.alliance().handlungsfelder].sort((a, b) => Number(b.isMain) - Number(a.isMain)));
  protected readonly websiteHref = computed(() => {
    const url = this.alliance().website;
    return url && /^https?:\/\//i.test(url) ? url : null;
  });
}
