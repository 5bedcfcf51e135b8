/** A short German description of a browser's user agent, e.g. "Firefox 128 unter Windows". */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return 'Unbekannter Browser';
  const browser = detectBrowser(userAgent);
  const system = detectSystem(userAgent);
  return system ? `${browser} unter ${system}` : browser;
}

const BROWSERS: readonly [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Microsoft Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/FxiOS\/(\d+)/, 'Firefox'],
  [/CriOS\/(\d+)/, 'Chrome'],
  [/(?:Chrome|Chromium)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
];

function detectBrowser(userAgent: string): string {
  for (const [pattern, name] of BROWSERS) {
    const match = pattern.exec(userAgent);
    if (match) return `${name} ${match[1]}`;
  }
  if (/curl\//i.test(userAgent)) return 'Kommandozeile (curl)';
  return 'Unbekannter Browser';
}

function detectSystem(userAgent: string): string | null {
  if (/Windows/.test(userAgent)) return 'Windows';
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'iOS';
  if (/Android/.test(userAgent)) return 'Android';
  if (/Mac OS X|Macintosh/.test(userAgent)) return 'macOS';
  if (/CrOS/.test(userAgent)) return 'ChromeOS';
  if (/Linux|X11/.test(userAgent)) return 'Linux';
  return null;
}
