/** A file the API sent for download (XLSX, CSV, ZIP, PDF), held in memory until the browser saves it. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * The file name of a `Content-Disposition: attachment; filename="…"` header (RFC 6266, the plain and the
 * `filename*=UTF-8''…` forms); the fallback when the header is missing or unreadable.
 */
export function fileNameFromDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header);
  const name = plain?.[1].trim();
  return name ? name : fallback;
}

/** Hands a downloaded file to the browser's "save" (an object URL on a temporary link, freed afterwards). */
export function saveFile(file: DownloadedFile, doc: Document = document): void {
  const url = URL.createObjectURL(file.blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers read the URL asynchronously after click(); free it a moment later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/**
 * An HTTP error of a `responseType: 'blob'` request carries its JSON body as a Blob. This reads it back,
 * so that `toApiError` finds the API's `{ code, message }` (returns the text unchanged when not JSON).
 */
export async function readBlobErrorBody(body: unknown): Promise<unknown> {
  if (!(body instanceof Blob)) return body;
  const text = await blobText(body);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Blob.text() where available, FileReader otherwise (older engines, jsdom). */
function blobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
