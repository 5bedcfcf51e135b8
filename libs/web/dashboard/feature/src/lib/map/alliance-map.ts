import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { ALLIANCE_STATUS_LABELS, type AllianceMapPointDto, type LandAllianceCountDto } from '@bn/shared/contracts';
import { MAP_VIEW_BOX, landShapes, mapMarkers, shadeClasses } from './map-geometry';

const [, , LAENDER_WIDTH, LAENDER_HEIGHT] = MAP_VIEW_BOX.split(' ').map(Number);

/**
 * The drawing of the alliance map: the 16 Länder shaded by active alliances, one circle per
 * alliance and a popup for the clicked one. The map is for sighted pointer users; the page's list
 * shows the same selection for keyboard and screen-reader users, so the drawing is one image.
 */
@Component({
  selector: 'bn-alliance-map',
  imports: [RouterLink, MatIconButton, MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './alliance-map.html',
  styleUrl: './alliance-map.scss',
})
export class AllianceMap {
  readonly points = input.required<AllianceMapPointDto[]>();
  readonly lands = input.required<LandAllianceCountDto[]>();

  protected readonly viewBox = MAP_VIEW_BOX;
  protected readonly statusLabels = ALLIANCE_STATUS_LABELS;
  protected readonly classes = computed(() => shadeClasses(this.lands().map((land) => land.activeAlliances)));
  protected readonly shapes = computed(() => landShapes(this.lands(), this.classes()));
  protected readonly markers = computed(() => mapMarkers(this.points()));
  protected readonly description = computed(() => {
    const drawn = this.markers().length;
    return `Karte der Länder mit ${drawn} ${drawn === 1 ? 'Bündnis' : 'Bündnissen'} als Punkte; dieselbe Auswahl steht in der Liste unter der Karte.`;
  });

  private readonly selectedId = signal<string | null>(null);
  /** The popup's alliance, as long as it is still in the (filtered) selection. */
  protected readonly selected = computed(() => this.markers().find((m) => m.point.id === this.selectedId()) ?? null);
  protected readonly popupLeft = computed(() => {
    const marker = this.selected();
    return marker ? `${(marker.x / LAENDER_WIDTH) * 100}%` : '0';
  });
  protected readonly popupTop = computed(() => {
    const marker = this.selected();
    return marker ? `${(marker.y / LAENDER_HEIGHT) * 100}%` : '0';
  });

  protected showPopup(id: string): void {
    this.selectedId.set(id);
  }

  protected closePopup(): void {
    this.selectedId.set(null);
  }
}
