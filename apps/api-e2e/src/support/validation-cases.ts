import { DataSource } from 'typeorm';
import { TestApp, countRows } from './test-app';

export interface ValidationSpec {
  /** POST path of the create endpoint, e.g. /api/organisations */
  path: string;
  /** Table that must not grow when a request is rejected. */
  table: string;
  /** A body that the endpoint accepts. */
  validBody: () => Record<string, unknown>;
  /** Required fields (each removed once). */
  required: string[];
  /** Fields given a value of the wrong type. */
  wrongTypes: Record<string, unknown>;
  /** Text fields with their maximum length. */
  maxLengths: Record<string, number>;
}

interface ErrorResponse {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

async function expectRejected(
  app: TestApp,
  spec: ValidationSpec,
  body: Record<string, unknown>,
  field: string,
): Promise<void> {
  const before = await countRows(app.dataSource, spec.table);
  const response = await app.http.post(spec.path).send(body);
  expect({ field, status: response.status }).toEqual({ field, status: 400 });
  const error = response.body as ErrorResponse;
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(typeof error.message).toBe('string');
  expect(error.fields?.[field]).toEqual(expect.any(String));
  expect(JSON.stringify(error)).not.toMatch(/at .*\.(ts|js):\d+/);
  expect(await countRows(app.dataSource, spec.table)).toBe(before);
}

/** Registers the standard validation cases of a create endpoint as Jest tests. */
export function describeCreateValidation(getApp: () => TestApp, spec: ValidationSpec): void {
  describe(`POST ${spec.path} validation`, () => {
    it('accepts the valid body (sanity check of the cases below)', async () => {
      const response = await getApp().http.post(spec.path).send(spec.validBody());
      expect(response.status).toBe(201);
    });

    it.each(spec.required)('rejects a missing %s with a German field message and writes nothing', async (field) => {
      const body = spec.validBody();
      delete body[field];
      await expectRejected(getApp(), spec, body, field);
    });

    it.each(Object.entries(spec.wrongTypes))('rejects a wrong type for %s', async (field, value) => {
      await expectRejected(getApp(), spec, { ...spec.validBody(), [field]: value }, field);
    });

    it('rejects unknown fields', async () => {
      await expectRejected(getApp(), spec, { ...spec.validBody(), unerwartetesFeld: 'x' }, 'unerwartetesFeld');
    });

    if (Object.keys(spec.maxLengths).length) {
      it.each(Object.entries(spec.maxLengths))('rejects an oversized %s', async (field, maxLength) => {
        await expectRejected(getApp(), spec, { ...spec.validBody(), [field]: 'x'.repeat(maxLength + 1) }, field);
      });
    }

    it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
      const response = await getApp()
        .http.post(spec.path)
        .set('Content-Type', 'application/json')
        .send('{"name": ');
      expect(response.status).toBe(400);
      expect((response.body as ErrorResponse).code).toBe('MALFORMED_JSON');
    });
  });
}

export async function rowCount(dataSource: DataSource, table: string): Promise<number> {
  return countRows(dataSource, table);
}
