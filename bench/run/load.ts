import autocannon from 'autocannon';

/** One closed-loop load run (as fast as the server answers) against one server and one path. */
export interface LoadSpec {
  baseUrl: string;
  path: string;
  cookie: string;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  /** Latencies of the 2xx answers in ms, measured per request (not the histogram's whole milliseconds). */
  p50: number;
  p975: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Achieved rate ÷ requested rate (fixed-rate runs only). */
  rateAchieved: number | null;
}

/** The p-th percentile (nearest rank) of ascending values. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${spec.baseUrl}${spec.path}`,
    connections: spec.connections,
    duration: spec.seconds,
    headers: { cookie: spec.cookie, accept: 'application/json' },
    timeout: 30,
    renderProgressBar: false,
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const requests = result.requests.total;
  const requestsPerSecond = requests / result.duration;
  return {
    requests,
    requestsPerSecond,
    p50: percentile(latencies, 50),
    p975: percentile(latencies, 97.5),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    rateAchieved: null,
  };
}

/** Requests the path a few times and fails unless every answer is 2xx (a broken scenario must not be measured). */
export async function assertAnswers(baseUrl: string, path: string, cookie: string): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie, accept: 'application/json' } });
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(`${baseUrl}${path} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}
