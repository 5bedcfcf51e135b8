/**
 * Removes secrets from anything that is about to be logged. Keys that name a secret lose their
 * value; strings lose session cookies, bearer tokens, argon2 hashes, hex digests (SHA-256 token
 * hashes) and `password=…`-style pairs. Paths in the access log also lose long opaque tokens
 * (one-time links such as /einladung/<token>).
 */
export const REDACTED = '[REDACTED]';

/** Object keys whose values are never logged. */
export const SECRET_KEY = /password|passwort|secret|token|cookie|authorization|codehash|recovery/i;

const STRING_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/((?:__Host-)?bn_session=)[^;\s,"'&]*/g, `$1${REDACTED}`],
  [/(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi, `$1${REDACTED}`],
  [/\$argon2(?:id|i|d)\$[A-Za-z0-9+/=,$.-]*/g, REDACTED],
  [/(?<![0-9a-fA-F])[0-9a-fA-F]{64}(?![0-9a-fA-F])/g, REDACTED],
  [/((?:password|passwort|secret|token|authorization|cookie)["']?\s*[:=]\s*["']?)[^\s"',;&}]+/gi, `$1${REDACTED}`],
];

export function redactString(text: string): string {
  let result = text;
  for (const [pattern, replacement] of STRING_PATTERNS) {
    result = result.replace(pattern, replacement);
  }
  return result;
}

/**
 * A path segment of 32+ base64url characters with digits and letters: a random token, not a word;
 * also with a file extension (calendar feeds: `/api/calendar/<token>.ics`).
 */
const OPAQUE_SEGMENT = /(?<=\/)[A-Za-z0-9_-]{32,}(?=\/|\.[A-Za-z0-9]{1,5}$|$)/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function looksRandom(candidate: string): boolean {
  return !UUID.test(candidate) && /\d/.test(candidate) && /[A-Za-z]/.test(candidate);
}

/**
 * A request path for the access log: one-time link tokens (e.g. `/einladung/<token>` served to the
 * web client) are removed along with everything redactString removes.
 */
export function redactPath(path: string): string {
  return redactString(path).replace(OPAQUE_SEGMENT, (segment) => (looksRandom(segment) ? REDACTED : segment));
}

const MAX_DEPTH = 8;

/** A JSON-safe, redacted copy of any value (cycles and excessive depth are cut off). */
export function redactValue(value: unknown, depth = 0, ancestors: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactString(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Error) {
    return { name: value.name, message: redactString(value.message), stack: value.stack ? redactString(value.stack) : undefined };
  }
  if (Buffer.isBuffer(value)) return `[Buffer ${value.length} bytes]`;
  if (ancestors.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Truncated]';
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, ancestors));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      copy[key] = SECRET_KEY.test(key) ? REDACTED : redactValue(item, depth + 1, ancestors);
    }
    return copy;
  } finally {
    ancestors.delete(value);
  }
}
