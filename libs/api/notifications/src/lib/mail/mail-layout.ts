/** A mail as sent: subject, plain text and HTML with the same content; `summary` is the inbox text. */
export interface RenderedMail {
  subject: string;
  summary: string;
  text: string;
  html: string;
}

/** The content of a mail, rendered once as plain text and once as HTML. */
export interface MailContent {
  subject: string;
  /** "Guten Tag Frau Beispiel," — without the name when there is none. */
  recipientName: string | null;
  /** The first paragraph also serves as the inbox text. */
  paragraphs: string[];
  /** Facts shown as a list of "Label: value" lines. */
  facts?: [label: string, value: string][];
  /** The one thing to do, with a link text that says what it leads to (never "hier klicken"). */
  action?: { label: string; url: string };
  /** A closing hint, e.g. how long a link stays valid. */
  note?: string;
}

const FOOTER = 'Diese Nachricht wurde von Bündnisnetz, dem Koordinations-CRM des Servicebüros „Lokale Bündnisse für Familie“, automatisch versandt.';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

function greeting(name: string | null): string {
  return name ? `Guten Tag ${name},` : 'Guten Tag,';
}

/** Renders the content as a plain-text and an HTML mail (every value HTML-escaped). */
export function renderMail(content: MailContent): RenderedMail {
  const facts = content.facts ?? [];
  const text = [
    greeting(content.recipientName),
    ...content.paragraphs,
    ...(facts.length ? [facts.map(([label, value]) => `${label}: ${value}`).join('\n')] : []),
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    ...(content.note ? [content.note] : []),
    `-- \n${FOOTER}`,
  ].join('\n\n');

  const html = [
    '<!DOCTYPE html>',
    '<html lang="de"><head><meta charset="utf-8">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;">',
    `<p>${escapeHtml(greeting(content.recipientName))}</p>`,
    ...content.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...(facts.length
      ? [`<ul>${facts.map(([label, value]) => `<li><strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}</li>`).join('')}</ul>`]
      : []),
    ...(content.action
      ? [`<p><a href="${escapeHtml(content.action.url)}" style="color: #0b57d0; font-weight: bold;">${escapeHtml(content.action.label)}</a></p>`]
      : []),
    ...(content.note ? [`<p>${escapeHtml(content.note)}</p>`] : []),
    `<hr><p style="font-size: 13px; color: #555;">${escapeHtml(FOOTER)}</p>`,
    '</body></html>',
  ].join('\n');

  return { subject: content.subject, summary: content.paragraphs[0] ?? content.subject, text, html };
}
