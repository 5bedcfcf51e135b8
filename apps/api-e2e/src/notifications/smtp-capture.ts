import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as it arrived at the test SMTP server, decoded. */
export interface CapturedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  raw: string;
}

export interface SmtpCapture {
  port: number;
  mails: CapturedMail[];
  /** Waits until a mail to `address` (and matching `subject`, if given) has arrived. */
  waitFor(address: string, subject?: string | RegExp, timeoutMs?: number): Promise<CapturedMail>;
  /** The mails received for one address so far. */
  to(address: string): CapturedMail[];
  close(): Promise<void>;
}

/**
 * Starts a real SMTP server (smtp-server) on a free local port that accepts every mail, without
 * STARTTLS and authentication, and decodes what arrives: RFC 2047 headers, multipart/alternative
 * bodies, quoted-printable and base64.
 */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const mails: CapturedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((address) => address.address),
          ...parseMessage(raw),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;

  const matching = (address: string, subject?: string | RegExp) => (mail: CapturedMail) =>
    mail.envelopeTo.includes(address) && (subject === undefined || (typeof subject === 'string' ? mail.subject === subject : subject.test(mail.subject)));

  return {
    port,
    mails,
    to: (address) => mails.filter(matching(address)),
    async waitFor(address, subject, timeoutMs = 5000) {
      const started = Date.now();
      for (;;) {
        const found = mails.find(matching(address, subject));
        if (found) return found;
        if (Date.now() - started > timeoutMs) {
          throw new Error(`No mail to ${address} (${String(subject)}) within ${timeoutMs} ms; received: ${mails.map((m) => `${m.envelopeTo.join(',')}: ${m.subject}`).join(' | ')}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function splitHeadersAndBody(raw: string): { headers: Map<string, string>; body: string } {
  const separator = raw.indexOf('\r\n\r\n');
  const head = separator < 0 ? raw : raw.slice(0, separator);
  const body = separator < 0 ? '' : raw.slice(separator + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=). */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_match, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const source = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(source.slice(i + 1, i + 3))) {
      bytes.push(parseInt(source.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(source[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '').toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}

function parseMessage(raw: string): Omit<CapturedMail, 'envelopeFrom' | 'envelopeTo' | 'raw'> {
  const { headers, body } = splitHeadersAndBody(raw);
  const parts: Record<string, string> = {};
  const collect = (partHeaders: Map<string, string>, partBody: string): void => {
    const type = partHeaders.get('content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith('multipart/') && boundary) {
      for (const section of partBody.split(`--${boundary}`).slice(1)) {
        if (section.startsWith('--')) break;
        const inner = splitHeadersAndBody(section.replace(/^\r\n/, ''));
        collect(inner.headers, inner.body);
      }
      return;
    }
    const key = type.toLowerCase().startsWith('text/html') ? 'html' : 'text';
    parts[key] = decodeBody(partBody, partHeaders.get('content-transfer-encoding')).replace(/\r\n/g, '\n').replace(/\n+$/, '');
  };
  collect(headers, body);
  return {
    from: decodeHeader(headers.get('from') ?? ''),
    to: decodeHeader(headers.get('to') ?? ''),
    subject: decodeHeader(headers.get('subject') ?? ''),
    text: parts['text'] ?? '',
    html: parts['html'] ?? '',
  };
}
