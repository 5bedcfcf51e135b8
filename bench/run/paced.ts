import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { percentile, type LoadResult } from './load';

/**
 * Latency at a fixed rate, open loop: one request every 1000/rate ms, sent on schedule whether or not
 * earlier ones have been answered, over keep-alive connections. Each latency counts from the moment
 * the request was due, so a generator that falls behind cannot hide a slow server (no coordinated
 * omission).
 *
 * autocannon's `overallRate` is not used for this: it lets every connection send its share of a second
 * back to back and then pause until the next second, so its percentiles measure the queue of that burst
 * rather than the latency at an even 100 req/s.
 */
export async function runPaced(spec: { baseUrl: string; path: string; cookie: string; rate: number; seconds: number }): Promise<LoadResult> {
  const url = new URL(spec.baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const planned = Math.round(spec.rate * spec.seconds);
  const interval = 1000 / spec.rate;
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const pending: Promise<void>[] = [];
  const fire = (due: number) =>
    new Promise<void>((resolve) => {
      const req = request(
        { agent, host: url.hostname, port: url.port, path: spec.path, headers: { cookie: spec.cookie, accept: 'application/json' } },
        (res) => {
          res.resume();
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) latencies.push(performance.now() - due);
            else non2xx++;
            resolve();
          });
        },
      );
      req.setTimeout(30000, () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  const start = performance.now();
  for (let i = 0; i < planned; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0.5) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(fire(due));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: planned,
    requestsPerSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p975: percentile(latencies, 97.5),
    p99: percentile(latencies, 99),
    non2xx,
    errors,
    rateAchieved: latencies.length / elapsed / spec.rate,
  };
}
