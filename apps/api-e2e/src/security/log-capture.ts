/** One parsed line of the JSON log. */
export interface CapturedLine {
  time?: string;
  level?: string;
  context?: string | null;
  message?: unknown;
  requestId?: string;
  userId?: string;
  method?: string;
  path?: string;
  status?: number;
  durationMs?: number;
  [field: string]: unknown;
}

/** Captures everything written to stdout (the JSON logger's sink) until `stop()`. */
export class StdoutCapture {
  private readonly chunks: string[] = [];
  private spy: jest.SpyInstance | null = null;

  start(): void {
    this.spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      this.chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
  }

  stop(): void {
    this.spy?.mockRestore();
    this.spy = null;
  }

  /** Everything captured, verbatim. */
  get text(): string {
    return this.chunks.join('');
  }

  /** Every captured line; a line that is not JSON fails the test. */
  lines(): CapturedLine[] {
    return this.text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        try {
          return JSON.parse(line) as CapturedLine;
        } catch {
          throw new Error(`Log line is not JSON: ${line}`);
        }
      });
  }

  /** The access log lines (context HTTP). */
  accessLines(): CapturedLine[] {
    return this.lines().filter((line) => line.context === 'HTTP');
  }
}
