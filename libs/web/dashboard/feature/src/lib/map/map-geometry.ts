import type { AllianceMapPointDto, LandAllianceCountDto } from '@bn/shared/contracts';
import { LAENDER_MAP } from './laender-paths';

/**
 * Places a WGS84 point on the pre-projected Länder map: the Mercator projection that
 * tools/build-map.mjs fitted with d3-geo, with its scale and translation (the script checks that these
 * two formulas agree with d3), so the browser needs no projection library.
 */
export function projectToMap(longitude: number, latitude: number): { x: number; y: number } {
  const { scale, translate } = LAENDER_MAP.projection;
  return {
    x: translate[0] + scale * ((longitude * Math.PI) / 180),
    y: translate[1] - scale * Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)),
  };
}

export const MAP_VIEW_BOX = LAENDER_MAP.viewBox.join(' ');

/** Sequential blues, lightest for "none"; each darker class at least 3:1 apart from white for the outlines. */
const CLASS_COLORS = ['#f2f2f2', '#c6dbef', '#9ecae1', '#4a90c6', '#1c5a99'];

export interface ShadeClass {
  label: string;
  color: string;
  min: number;
  max: number;
}

/**
 * Legend classes for the number of active alliances per Land: "0" and up to four equal ranges
 * up to the largest count (1–3, 4–6, …), so the same colour always means the same range.
 */
export function shadeClasses(counts: number[]): ShadeClass[] {
  const max = Math.max(0, ...counts);
  const classes: ShadeClass[] = [{ label: 'keine', color: CLASS_COLORS[0], min: 0, max: 0 }];
  if (max === 0) return classes;
  const step = Math.ceil(max / 4);
  for (let i = 0; i * step < max; i++) {
    const min = i * step + 1;
    const upper = Math.min(max, (i + 1) * step);
    classes.push({ label: min === upper ? `${min}` : `${min}–${upper}`, color: CLASS_COLORS[i + 1], min, max: upper });
  }
  return classes;
}

export function classOf(count: number, classes: ShadeClass[]): ShadeClass {
  return classes.find((c) => count >= c.min && count <= c.max) ?? classes[0];
}

export interface LandShape {
  code: string;
  name: string;
  path: string;
  color: string;
  title: string;
}

export function landShapes(lands: LandAllianceCountDto[], classes: ShadeClass[]): LandShape[] {
  const counts = new Map(lands.map((land) => [land.landCode, land.activeAlliances]));
  return LAENDER_MAP.lands.map((land) => {
    const count = counts.get(land.code) ?? 0;
    return { code: land.code, name: land.name, path: land.path, color: classOf(count, classes).color, title: `${land.name}: ${count} aktive Bündnisse` };
  });
}

export interface MapMarker {
  point: AllianceMapPointDto;
  x: number;
  y: number;
}

/** Points with a place; those without one are only in the list. */
export function mapMarkers(points: AllianceMapPointDto[]): MapMarker[] {
  return points.flatMap((point) =>
    point.latitude === null || point.longitude === null ? [] : [{ point, ...projectToMap(point.longitude, point.latitude) }],
  );
}
