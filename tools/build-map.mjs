#!/usr/bin/env node
// Builds the Länder outlines of the alliance map (Bündnislandkarte) from BKG VG5000
// (../shared/data/geo/laender.geojson, WGS84) as a small, pre-projected SVG asset:
//   libs/web/dashboard/feature/src/lib/map/laender-paths.ts
//
// Usage: node tools/build-map.mjs [path/to/laender.geojson]
//
// Projection: d3-geo's Mercator, fitted to a 600 px wide viewBox. The client has to place alliance
// points (lat/lon of their Gemeinde) on the same map; instead of shipping d3-geo to the browser it
// applies Mercator's two formulas with the scale and translation written here
// (x = tx + k·λ, y = ty − k·ln(tan(π/4 + φ/2)), angles in radians) — exactly what d3.geoMercator()
// computes with these parameters (checked below for every Land's first vertex).
//
// Simplification: each ring is projected, then a vertex is kept only when it lies at least
// MIN_DISTANCE (1.5) px from the last kept one; rings smaller than MIN_RING_AREA px² (tiny islands) are
// dropped. Coordinates are written with one decimal, as relative steps. Target: < 60 kB.
//
// VG5000 lists every Land once as land area and again for its coastal waters / Bodensee share; only
// the first feature per ARS (the land area) is used, and the script fails unless there are 16.
//
// Plain Node ESM; same input -> byte-identical output.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoMercator } from 'd3-geo';

const WIDTH = 600;
const PADDING = 8;
const MIN_DISTANCE = 1.5;
const MIN_RING_AREA = 4;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ? resolve(process.argv[2]) : resolve(repoRoot, '..', 'shared', 'data', 'geo', 'laender.geojson');
const target = resolve(repoRoot, 'libs', 'web', 'dashboard', 'feature', 'src', 'lib', 'map', 'laender-paths.ts');

const collection = JSON.parse(readFileSync(source, 'utf8'));
const lands = [];
const seen = new Set();
for (const feature of collection.features) {
  const code = feature.properties.ARS;
  if (seen.has(code)) continue;
  seen.add(code);
  lands.push({ code, name: feature.properties.GEN, polygons: feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates });
}
if (lands.length !== 16) throw new Error(`expected 16 Länder, found ${lands.length}`);
lands.sort((a, b) => a.code.localeCompare(b.code));

// Fit: project with a unit Mercator, measure the bounds, then scale and translate into the viewBox.
const unit = geoMercator().scale(1).translate([0, 0]);
let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
for (const land of lands) {
  for (const polygon of land.polygons) {
    for (const ring of polygon) {
      for (const point of ring) {
        const [x, y] = unit(point);
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
}
const scale = (WIDTH - 2 * PADDING) / (maxX - minX);
const translate = [PADDING - minX * scale, PADDING - minY * scale];
const height = Math.ceil((maxY - minY) * scale + 2 * PADDING);
const projection = geoMercator().scale(scale).translate(translate);

const round = (value) => Math.round(value * 10) / 10;

function ringArea(points) {
  let area = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i];
    const [x2, y2] = points[(i + 1) % points.length];
    area += x1 * y2 - x2 * y1;
  }
  return Math.abs(area / 2);
}

function simplify(ring) {
  const kept = [];
  for (const point of ring) {
    const [x, y] = projection(point);
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(x - last[0], y - last[1]) >= MIN_DISTANCE) kept.push([x, y]);
  }
  return kept;
}

/**
 * One ring as `M x y l dx dy … z`: relative steps between the rounded absolute points (so rounding
 * never accumulates), with SVG's compact number syntax (no space before a minus sign).
 */
function ringPath(points) {
  const absolute = points.map(([x, y]) => [round(x), round(y)]);
  const steps = [];
  for (let i = 1; i < absolute.length; i++) {
    const dx = round(absolute[i][0] - absolute[i - 1][0]);
    const dy = round(absolute[i][1] - absolute[i - 1][1]);
    steps.push(`${dx}${dy < 0 ? '' : ' '}${dy}`);
  }
  return `M${absolute[0][0]} ${absolute[0][1]}l${steps.join(' ').replace(/ -/g, '-')}z`;
}

let droppedRings = 0;
const output = lands.map((land) => {
  const parts = [];
  for (const polygon of land.polygons) {
    for (const ring of polygon) {
      const points = simplify(ring);
      if (points.length < 4 || ringArea(points) < MIN_RING_AREA) {
        droppedRings++;
        continue;
      }
      parts.push(ringPath(points));
    }
  }
  return { code: land.code, name: land.name, path: parts.join('') };
});

// The client's formula must agree with d3-geo.
const clientProject = ([lon, lat]) => [
  translate[0] + scale * ((lon * Math.PI) / 180),
  translate[1] - scale * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)),
];
for (const land of lands) {
  const point = land.polygons[0][0][0];
  const [dx, dy] = projection(point);
  const [cx, cy] = clientProject(point);
  if (Math.abs(dx - cx) > 1e-6 || Math.abs(dy - cy) > 1e-6) throw new Error(`projection mismatch for ${land.name}`);
}

const asset = {
  viewBox: [0, 0, WIDTH, height],
  projection: { type: 'mercator', scale: round(scale * 1000) / 1000, translate: translate.map((t) => Math.round(t * 1000) / 1000) },
  lands: output,
};
// The rounded parameters are the ones the client uses: re-check them against d3.
const rounded = geoMercator().scale(asset.projection.scale).translate(asset.projection.translate);
const [rx, ry] = rounded([10, 51]);
const [px, py] = projection([10, 51]);
if (Math.hypot(rx - px, ry - py) > 0.05) throw new Error('rounding the projection moved points');

const text = `// Generated by tools/build-map.mjs from BKG VG5000 (© GeoBasis-DE / BKG 2021, Daten verändert). Do not edit.
export const LAENDER_MAP = ${JSON.stringify(asset)} as const;
`;
writeFileSync(target, text);
console.log(`wrote ${target}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} kB, viewBox 0 0 ${WIDTH} ${height}, ${droppedRings} tiny rings dropped`);
