import { Agent } from 'node:http';
import type { TestDatabase } from '@bn/api/data-access-db/testing';
import { ApiProcess, insertSession, Outcome, send, sleep, startApiProcess } from './api-process.support';

/**
 * Robustness drill R3 (QUALITY.md): graceful shutdown. The API runs as its own process behind a
 * simulated load balancer: eight clients keep requesting a list over keep-alive connections while the
 * balancer probes readiness every 200 ms and takes the instance out of rotation at the first answer
 * that is not 200 (as Kubernetes or any balancer does). Then the process gets SIGTERM.
 *
 * Expected: readiness turns 503 while the app drains and still serves; the requests in flight at
 * SIGTERM and all requests routed until the balancer noticed are answered with 2xx; no 5xx, no reset
 * connection; the process exits with code 0 within 10 seconds. (Clients that ignore readiness and
 * open new connections at the very moment the server stops listening can always be reset by TCP;
 * the drain period exists so that a balancer has stopped sending before that moment.)
 */
const CLIENTS = 8;
const LIST = '/api/organisations?pageSize=100';
const READY = '/api/health/ready';
const PROBE_INTERVAL_MS = 200;

describe('Drill R3: SIGTERM under load', () => {
  let database: TestDatabase;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    const { createTestDatabase } = await import('@bn/api/data-access-db/testing');
    database = await createTestDatabase('bn_drill_r3');
  }, 60000);

  afterAll(async () => {
    api?.kill();
    await database.dispose();
  });

  it('drains: readiness 503, in-flight requests 2xx, no reset connection, exit code 0 within 10 s', async () => {
    const cookie = await insertSession(database.url, 'FACHBERATUNG');
    const started = await startApiProcess(database.url);
    api = started;
    const outcomes: Outcome[] = [];
    const probes: Outcome[] = [];
    let inRotation = true;
    let processExited = false;
    let outOfRotationAt = Number.POSITIVE_INFINITY;

    // probes readiness; after taking the instance out it checks twice more that readiness stays 503, then stops
    const balancer = async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      let probesAfterOut = 0;
      while (!processExited && probesAfterOut < 3) {
        const probe = await send(started.baseUrl, READY, '', agent);
        probes.push(probe);
        if (!inRotation) probesAfterOut++;
        if (probe.status !== 200 && inRotation) {
          inRotation = false;
          outOfRotationAt = probe.doneAt;
          probesAfterOut = 1;
        }
        await sleep(PROBE_INTERVAL_MS);
      }
      agent.destroy();
    };
    const client = async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      while (inRotation) outcomes.push(await send(started.baseUrl, LIST, cookie, agent));
      agent.destroy();
    };
    const running = [balancer(), ...Array.from({ length: CLIENTS }, () => client())];

    await sleep(1500);
    const sigtermAt = Date.now();
    started.child.kill('SIGTERM');
    const exit = await started.exited;
    processExited = true;
    await Promise.all(running);

    const firstNotReady = probes.findIndex((p) => p.status !== 200);
    const inFlight = outcomes.filter((o) => o.sentAt < sigtermAt && o.doneAt >= sigtermAt);
    const whileDraining = outcomes.filter((o) => o.sentAt >= sigtermAt);
    expect({
      exitCode: exit.code,
      exitSignal: exit.signal,
      // every routed request was answered with 2xx, none failed on the socket
      failed: outcomes.filter((o) => o.status === null || o.status >= 300).map((o) => `${o.status ?? o.error} after ${o.sentAt - sigtermAt} ms`),
      // the balancer's probes: 200 before SIGTERM, then 503 while draining
      probesBefore: [...new Set(probes.filter((p) => p.doneAt < sigtermAt).map((p) => p.status))],
      probesFromFirstNotReady: firstNotReady < 0 ? [] : probes.slice(firstNotReady).map((p) => p.status ?? p.error),
    }).toEqual({ exitCode: 0, exitSignal: null, failed: [], probesBefore: [200], probesFromFirstNotReady: [503, 503, 503] });
    expect(exit.at - sigtermAt).toBeLessThanOrEqual(10000);
    expect(probes[firstNotReady].doneAt).toBeGreaterThanOrEqual(sigtermAt);
    // the load really spanned the signal: requests in flight at SIGTERM and requests sent while draining were served
    expect(inFlight.length).toBeGreaterThan(0);
    expect(whileDraining.length).toBeGreaterThan(0);
    expect(outOfRotationAt).toBeLessThan(exit.at);
  }, 120000);
});
