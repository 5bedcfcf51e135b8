import { Logger } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { JsonLogger } from './json-logger';
import { REDACTED, redactPath, redactString, redactValue } from './redact';

function captureStdout(): { lines: () => Array<Record<string, unknown>>; restore: () => void } {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return {
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    restore: () => spy.mockRestore(),
  };
}

describe('redactString', () => {
  const token = 'q8X3kP0aZ7mN2bV5cL9dR4tY6wE1sH0jG3fK8uI5oP2';
  const hex = 'a'.repeat(32) + '0123456789abcdef0123456789abcdef';

  it.each([
    [`Cookie: bn_session=${token}; theme=dark`, token],
    [`set __Host-bn_session=${token}`, token],
    [`Authorization: Bearer ${token}`, token],
    ['hash $argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$ZGlnZXN0ZGlnZXN0ZGlnZXN0 stored', 'ZGlnZXN0ZGlnZXN0ZGlnZXN0'],
    [`token_hash ${hex}`, hex],
    [`{"password":"Sommer-Sonne-2025!"}`, 'Sommer-Sonne-2025!'],
    [`password=Sommer-Sonne-2025! next`, 'Sommer-Sonne-2025!'],
  ])('removes the secret from %s', (text, secret) => {
    const result = redactString(text);
    expect(result).not.toContain(secret);
    expect(result).toContain(REDACTED);
  });

  it('leaves ordinary text, UUIDs and stack traces alone', () => {
    const text = 'GET /api/organisations/7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d 200 (OrganisationsController.get)';
    expect(redactString(text)).toBe(text);
    const stack = 'Error: kaputt\n    at MentorProfileCollectionsWriter.replaceCollections (/work/libs/api/mentors/src/lib/writer.ts:10:5)';
    expect(redactString(stack)).toBe(stack);
  });
});

describe('redactPath', () => {
  it('removes one-time link tokens but keeps ids and words', () => {
    const token = 'q8X3kP0aZ7mN2bV5cL9dR4tY6wE1sH0jG3fK8uI5oP2';
    expect(redactPath(`/einladung/${token}`)).toBe(`/einladung/${REDACTED}`);
    expect(redactPath(`/passwort-zuruecksetzen/${token}/weiter`)).toBe(`/passwort-zuruecksetzen/${REDACTED}/weiter`);
    expect(redactPath(`/api/calendar/${token}.ics`)).toBe(`/api/calendar/${REDACTED}.ics`);
    const plain = '/api/audit/entities/MentorProfileCollections/7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d';
    expect(redactPath(plain)).toBe(plain);
  });
});

describe('redactValue', () => {
  it('replaces values of secret keys at any depth and redacts strings', () => {
    const value = {
      email: 'a@example.org',
      password: 'x',
      nested: { totpSecret: 'y', list: [{ tokenHash: 'z', note: 'Bearer abc.def' }], Authorization: 'Basic 123', cookie: 'c' },
    };
    expect(redactValue(value)).toEqual({
      email: 'a@example.org',
      password: REDACTED,
      nested: { totpSecret: REDACTED, list: [{ tokenHash: REDACTED, note: `Bearer ${REDACTED}` }], Authorization: REDACTED, cookie: REDACTED },
    });
  });

  it('survives cycles, dates and big integers', () => {
    const cyclic: Record<string, unknown> = { at: new Date('2025-01-01T00:00:00Z'), big: BigInt(5) };
    cyclic['self'] = cyclic;
    const shared = { n: 1 };
    cyclic['twice'] = [shared, shared];
    expect(redactValue(cyclic)).toEqual({ at: '2025-01-01T00:00:00.000Z', big: '5', self: '[Circular]', twice: [{ n: 1 }, { n: 1 }] });
  });
});

describe('JsonLogger', () => {
  afterEach(() => jest.restoreAllMocks());

  it('writes one JSON object per line with time, level, context and message', () => {
    const out = captureStdout();
    try {
      new JsonLogger('log').log('Hallo', 'Test');
    } finally {
      out.restore();
    }
    expect(out.lines()).toEqual([{ time: expect.any(String), level: 'log', context: 'Test', message: 'Hallo' }]);
  });

  it('respects the configured level', () => {
    const out = captureStdout();
    const logger = new JsonLogger('warn');
    try {
      logger.verbose('v', 'T');
      logger.debug('d', 'T');
      logger.log('l', 'T');
      logger.warn('w', 'T');
      logger.error('e', undefined, 'T');
      logger.fatal('f', 'T');
      logger.setLevel('debug');
      logger.debug('d2', 'T');
    } finally {
      out.restore();
    }
    expect(out.lines().map((line) => line['message'])).toEqual(['w', 'e', 'f', 'd2']);
  });

  it('adds request id and user from the request context', () => {
    const out = captureStdout();
    try {
      RequestContext.run({ requestId: 'req-1', ip: null, principal: null }, () => {
        RequestContext.setPrincipal({
          userId: 'u-1',
          displayName: 'X',
          email: 'x@example.org',
          role: 'FACHBERATUNG',
          allianceIds: [],
          mentorProfileId: null,
          sessionId: 's-1',
        });
        new JsonLogger('log').log('mit Kontext', 'Test');
      });
    } finally {
      out.restore();
    }
    expect(out.lines()[0]).toMatchObject({ requestId: 'req-1', userId: 'u-1' });
  });

  it('takes context and stack the way Nest passes them and redacts the stack', () => {
    const out = captureStdout();
    const jsonLogger = new JsonLogger('log');
    const previous = (Logger as unknown as { staticInstanceRef?: unknown }).staticInstanceRef;
    Logger.overrideLogger(jsonLogger);
    try {
      new Logger('Nest').error('kaputt');
      new Logger('Nest').error('mit Stack', 'Error: x\n    at f bn_session=abc123');
      new Logger('Nest').log({ password: 'geheim', ok: true });
      jsonLogger.error(new Error('Fehler'));
    } finally {
      Logger.overrideLogger(previous as Logger);
      out.restore();
    }
    const [plain, withStack, object, error] = out.lines();
    expect(plain).toMatchObject({ level: 'error', context: 'Nest', message: 'kaputt' });
    expect(plain).not.toHaveProperty('stack');
    expect(withStack).toMatchObject({ context: 'Nest', message: 'mit Stack', stack: `Error: x\n    at f bn_session=${REDACTED}` });
    expect(object).toMatchObject({ context: 'Nest', message: { password: REDACTED, ok: true } });
    expect(error).toMatchObject({ level: 'error', message: 'Fehler', stack: expect.stringContaining('Error: Fehler') });
  });
});
