import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatCard, MatCardContent, MatCardHeader, MatCardSubtitle, MatCardTitle } from '@angular/material/card';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { RouterLink } from '@angular/router';
import { MENTOR_STATUS_LABELS, SPECIALTY_LEVEL_LABELS, type DeploymentMode, type MentorSpecialtyDto, type MentorStatus } from '@bn/shared/contracts';
import { StatusChip } from '@bn/web/ui';
import { MENTOR_STATUS_TONES, modesText } from '../shared/mentor-display';

/** What a card shows: the gallery entry, plus status and availability in the list of all profiles. */
export interface MentorCardModel {
  id: string;
  name: string;
  specialties: MentorSpecialtyDto[];
  homeLand: string | null;
  regions: string[];
  modes: DeploymentMode[];
  galleryText: string | null;
  /** Only in the list of all profiles (Fachberatung, Leitung). */
  status: MentorStatus | null;
  capacityPerQuarter: number | null;
  isAbsent: boolean | null;
  /** The user may open the full profile. */
  canOpen: boolean;
  isOwn: boolean;
}

/** A mentor in the gallery: name, Fachgebiete with level as chips, Land, modes, regions, availability, gallery text. */
@Component({
  selector: 'bn-mentor-card',
  imports: [RouterLink, MatCard, MatCardHeader, MatCardTitle, MatCardSubtitle, MatCardContent, MatChipSet, MatChip, StatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <h2 mat-card-title>
          @if (mentor().canOpen) {
            <a [routerLink]="['/mentorinnen', mentor().id]">{{ mentor().name }}</a>
          } @else {
            {{ mentor().name }}
          }
          @if (mentor().isOwn) {
            <span class="own">(Ihr Profil)</span>
          }
        </h2>
        <p mat-card-subtitle>{{ mentor().homeLand ?? 'Land nicht angegeben' }}</p>
      </mat-card-header>
      <mat-card-content>
        @if (mentor().status; as status) {
          <div class="status-row">
            <bn-status-chip [label]="statusLabels[status]" [tone]="statusTones[status]" />
            @if (mentor().isAbsent) {
              <bn-status-chip label="Derzeit abwesend" tone="warning" icon="event_busy" />
            } @else {
              <bn-status-chip label="Verfügbar" tone="positive" icon="event_available" />
            }
          </div>
        }
        <dl>
          <dt>Fachgebiete</dt>
          <dd>
            @if (mentor().specialties.length) {
              <mat-chip-set role="list" [attr.aria-label]="'Fachgebiete von ' + mentor().name">
                @for (specialty of mentor().specialties; track specialty.code) {
                  <mat-chip role="listitem">{{ specialty.name }} · {{ levelLabels[specialty.level] }}</mat-chip>
                }
              </mat-chip-set>
            } @else {
              –
            }
          </dd>
          <dt>Arbeitsweise</dt>
          <dd>{{ modes() }}</dd>
          @if (mentor().regions.length) {
            <dt>Einsatzregionen</dt>
            <dd>{{ mentor().regions.join(', ') }}</dd>
          }
          @if (mentor().capacityPerQuarter !== null) {
            <dt>Kapazität</dt>
            <dd>{{ mentor().capacityPerQuarter }} Einsätze pro Quartal</dd>
          }
        </dl>
        @if (mentor().galleryText) {
          <p class="gallery-text">{{ mentor().galleryText }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    :host { display: block; height: 100%; }
    mat-card { height: 100%; }
    h2 { font: var(--mat-sys-title-large); margin: 0; }
    .own { font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); margin-left: 4px; }
    .status-row { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 8px 0; }
    dt { font-weight: 600; padding-top: 4px; }
    dd { margin: 0; padding-top: 4px; }
    .gallery-text { white-space: pre-line; display: -webkit-box; -webkit-line-clamp: 6; -webkit-box-orient: vertical; overflow: hidden; }
  `,
})
export class MentorCard {
  readonly mentor = input.required<MentorCardModel>();

  protected readonly levelLabels = SPECIALTY_LEVEL_LABELS;
  protected readonly statusLabels = MENTOR_STATUS_LABELS;
  protected readonly statusTones = MENTOR_STATUS_TONES;
  protected readonly modes = computed(() => modesText(this.mentor().modes));
}
