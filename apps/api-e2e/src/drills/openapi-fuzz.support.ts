import { INestApplication, Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import fc from 'fast-check';
import * as contracts from '@bn/shared/contracts';

/**
 * Building blocks of drill R4 (QUALITY.md): the operations of the app's OpenAPI document, the field
 * names of the request DTOs (from class-validator metadata, because Jest runs without the Swagger
 * CLI plugin), hostile values, and the checks every response must pass.
 */

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

export interface FieldInfo {
  name: string;
  /** class-validator constraint names, e.g. isString, isIn, isUuid. */
  rules: Set<string>;
  each: boolean;
  optional: boolean;
  /** First constraint argument of isIn / matches / min, where present. */
  allowed?: readonly unknown[];
  pattern?: RegExp;
  min?: number;
}

export interface Operation {
  method: HttpMethod;
  /** OpenAPI path, e.g. `/api/organisations/{id}`. */
  path: string;
  operationId: string;
  pathParams: string[];
  queryParams: string[];
  bodyFields: FieldInfo[];
  hasBody: boolean;
}

export interface FuzzCase {
  method: HttpMethod;
  template: string;
  url: string;
  body?: unknown;
}

export interface Violation {
  method: string;
  /** OpenAPI path template. */
  path: string;
  /** The URL actually requested. */
  url: string;
  body: string;
  status: number;
  response: string;
  reason: string;
}

// ---------------------------------------------------------------- DTO metadata

function contractClasses(): Map<string, Type> {
  const classes = new Map<string, Type>();
  for (const [name, value] of Object.entries(contracts as Record<string, unknown>)) {
    if (typeof value === 'function' && /^[A-Z]/.test(name)) classes.set(name, value as Type);
  }
  return classes;
}

function fieldsOf(cls: Type): FieldInfo[] {
  const metadata: ValidationMetadata[] = getMetadataStorage().getTargetValidationMetadatas(cls, '', false, false);
  const byName = new Map<string, FieldInfo>();
  for (const entry of metadata) {
    const field: FieldInfo = byName.get(entry.propertyName) ?? { name: entry.propertyName, rules: new Set<string>(), each: false, optional: false };
    byName.set(entry.propertyName, field);
    const constraints: unknown[] = Array.isArray(entry.constraints) ? (entry.constraints as unknown[]) : [];
    if (entry.type === 'conditionalValidation') field.optional = true;
    if (entry.type === 'nestedValidation') field.rules.add('nested');
    const rule = entry.name ?? entry.type;
    field.rules.add(rule);
    if (entry.each) field.each = true;
    if (rule === 'isIn' && Array.isArray(constraints[0])) field.allowed = constraints[0] as unknown[];
    if (rule === 'matches' && constraints[0] instanceof RegExp && constraints[0].source !== '\\S') field.pattern = constraints[0];
    if (rule === 'min' && typeof constraints[0] === 'number') field.min = constraints[0];
  }
  return [...byName.values()];
}

/** Every property name any contract DTO validates (for the "all known fields" body). */
export function allKnownFieldNames(): string[] {
  const names = new Set<string>();
  for (const cls of contractClasses().values()) for (const field of fieldsOf(cls)) names.add(field.name);
  return [...names].sort();
}

// ---------------------------------------------------------------- operations

interface OpenApiParameter {
  name: string;
  in: string;
}
interface OpenApiOperation {
  operationId?: string;
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
}

function controllersByName(app: INestApplication): Map<string, Type> {
  const result = new Map<string, Type>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (controller) result.set(controller.name, controller);
    }
  }
  return result;
}

/** The DTO classes a handler takes as @Body() / @Query(), from Nest's route-argument metadata. */
function handlerDtos(controller: Type | undefined, method: string): { body?: Type; query?: Type } {
  if (!controller) return {};
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, { index: number; data?: unknown }>;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, method) ?? []) as unknown[];
  const result: { body?: Type; query?: Type } = {};
  for (const [key, arg] of Object.entries(args)) {
    const kind = Number(key.split(':')[0]);
    const paramType = types[arg.index];
    if (typeof paramType !== 'function' || arg.data !== undefined) continue;
    if (kind === RouteParamtypes.BODY) result.body = paramType as Type;
    if (kind === RouteParamtypes.QUERY) result.query = paramType as Type;
  }
  return result;
}

/** Operations of the OpenAPI document, with body/query fields completed from the handlers' DTO classes. */
export function buildOperations(app: INestApplication): Operation[] {
  const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
  const controllers = controllersByName(app);
  const classes = contractClasses();
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'delete'] as const) {
      const operation = (item as Record<string, OpenApiOperation | undefined>)[method];
      if (!operation) continue;
      const operationId = operation.operationId ?? `${method} ${path}`;
      const [controllerName, handlerName] = operationId.split('_');
      const dtos = handlerDtos(controllers.get(controllerName), handlerName ?? '');
      const parameters = operation.parameters ?? [];
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      const queryParams = new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name));
      if (dtos.query) for (const field of fieldsOf(dtos.query)) queryParams.add(field.name);
      const ref = operation.requestBody?.content?.['application/json']?.schema?.$ref;
      const schemaClass = ref ? classes.get(ref.split('/').pop() ?? '') : undefined;
      const bodyClass = dtos.body ?? schemaClass;
      operations.push({
        method,
        path,
        operationId,
        pathParams,
        queryParams: [...queryParams].sort(),
        bodyFields: bodyClass ? fieldsOf(bodyClass) : [],
        hasBody: method !== 'get' && (!!bodyClass || !!operation.requestBody),
      });
    }
  }
  return operations.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

// ---------------------------------------------------------------- hostile values

export const SQL_FRAGMENT = "'; DROP TABLE organisation; --";
export const HTML_FRAGMENT = '<script>alert(1)</script>';
const HUGE = 'x'.repeat(100_000);
const URL_HUGE = 'y'.repeat(4_000);

const NASTY_STRINGS = [
  '',
  ' ',
  '   \t ',
  SQL_FRAGMENT,
  `1' OR '1'='1`,
  HTML_FRAGMENT,
  '"><img src=x onerror=alert(1)>',
  '👨‍👩‍👧‍👦🎉💥',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Egnp.exe',
  '\u0001\u0002\u0007\b\f\u001b[31m\u007f\u0085',
  'Zeile\nZeile\r\n\tEnde',
  'ÄÖÜäöüß',
  '𝕳𝖊𝖑𝖑𝖔',
  '1e308',
  '-1',
  'NaN',
  'Infinity',
  'null',
  'true',
  '[]',
  '{}',
  '%',
  '%25%00',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  '2024-02-30',
  '2024-13-01',
  '0000-00-00',
  '99999-01-01',
  '2024-05-01T25:61:00Z',
  '24:00',
  '9:5',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '123e4567-e89b-12d3-a456-42661417400Z',
  'A'.repeat(256),
  'a@b',
  'javascript:alert(1)',
];
const NASTY_NUMBERS = [-1, 0, 1, 1.5, -0.0001, 1e308, -1e308, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 5e-324, 0.125];

/** A NUL-free string (PostgreSQL text cannot hold NUL; the drill excludes it on purpose). */
export const noNul = (value: string): string => value.split(String.fromCharCode(0)).join('');

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...NASTY_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(true, false, null, HUGE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map(noNul) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)) },
);

/** Any JSON value, hostile leaning: scalars, short arrays, small objects. */
export const mutatedValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }).map(noNul), scalar, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], {}, [null], [SQL_FRAGMENT], [{}], JSON.parse('{"__proto__":{"polluted":1}}')) },
);

function urlString(value: unknown): string {
  if (value === HUGE) return URL_HUGE;
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? 'undefined';
}

/** A value for the URL (path segment or query): huge strings shrink to 4 kB (Node caps headers at 16 kB). */
export const urlValue: fc.Arbitrary<string> = scalar.map(urlString);

/** A plausible value for a field, from its rules (so that the mutation of one other field is what fails). */
export function plausibleValue(field: FieldInfo, realId: string, seed: number): unknown {
  const single = ((): unknown => {
    const { rules } = field;
    if (field.allowed?.length) return field.allowed[0];
    if (rules.has('isEmail')) return `fuzz-${seed}@example.org`;
    if (rules.has('isUrl')) return 'https://example.org/fuzz';
    if (rules.has('isUuid')) return realId;
    if (rules.has('isIsoCalendarDate')) return '2024-05-01';
    if (rules.has('isInt')) return field.min ?? 1;
    if (rules.has('isNumber')) return field.min ?? 1;
    if (rules.has('isBoolean')) return false;
    if (field.pattern) {
      const [sample] = fc.sample(fc.stringMatching(field.pattern), { seed, numRuns: 1 });
      return sample;
    }
    if (rules.has('nested')) return {};
    if (rules.has('isString') || rules.has('isNotEmpty')) return `Fuzz ${seed}`;
    return null;
  })();
  if (field.each || field.rules.has('isArray')) return field.rules.has('nested') ? [] : single === null ? [] : [single];
  return single;
}

// ---------------------------------------------------------------- response checks

/** A Node stack frame: `at fn (/abs/file.js:1:2)`, `at /abs/file.js:1:2`, `at node:internal/...:1:2`. */
const STACK_TRACE = /\bat [^\n]*?\(?(?:\/|[A-Za-z]:\\|node:|file:)[^\s()]*:\d+:\d+\)?/;

export function truncate(value: unknown, max = 200): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

/** Why a response breaks the rules, or null. */
export function checkResponse(status: number, text: string, body: unknown): string | null {
  if (status >= 500) return `status ${status} (5xx)`;
  if (/QueryFailedError/.test(text)) return 'QueryFailedError in body';
  if (STACK_TRACE.test(text)) return 'stack trace in body';
  if (status === 400) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return '400 without a JSON object body';
    const { code, message, fields } = body as { code?: unknown; message?: unknown; fields?: unknown };
    if (typeof code !== 'string' || typeof message !== 'string') return '400 without { code, message }';
    if (code === 'VALIDATION_FAILED') {
      if (typeof fields !== 'object' || fields === null || Object.keys(fields).length === 0) return 'VALIDATION_FAILED without non-empty fields';
    }
  }
  return null;
}
