import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

/** The API serves the built client on the same port: files, the SPA fallback, and never for /api paths. */
describe('Web client on the API port', () => {
  let app: TestApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'bn-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Bündnisnetz</title>');
    writeFileSync(join(webDir, 'main-ABC123.js'), 'console.log("client");');
    app = await startTestApp('FACHBERATUNG', { WEB_DIST_DIR: webDir });
  });

  afterAll(async () => {
    await app.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves a built file with a cache lifetime', async () => {
    const response = await app.anonymous.get('/main-ABC123.js');
    expect(response.status).toBe(200);
    expect(response.text).toContain('client');
    expect(response.headers['cache-control']).toContain('max-age=3600');
  });

  it('answers a deep link of the client with index.html', async () => {
    const response = await app.anonymous.get('/buendnisse/3f6c2b1a-9d8e-4c7b-a6f5-e4d3c2b1a098');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<title>Bündnisnetz</title>');
  });

  it('never answers an /api path with a client file or index.html', async () => {
    const unknown = await app.http.get('/api/gibt-es-nicht');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/json');
    const file = await app.anonymous.get('/api/main-ABC123.js');
    expect(file.status).not.toBe(200);
    expect(file.text).not.toContain('client');
  });
});
