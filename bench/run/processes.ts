import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A server started by the benchmark; `stop` sends SIGTERM and waits (SIGKILL after 15 s). */
export interface ServerProcess {
  name: string;
  baseUrl: string;
  child: ChildProcess;
  stop(): Promise<void>;
  /** The last lines the process wrote (for error messages). */
  output(): string;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `node <args>` and waits until `readyPath` answers 200. */
export async function startServer(options: {
  name: string;
  args: string[];
  env: Record<string, string>;
  port: number;
  readyPath: string;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const child = spawn(process.execPath, options.args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const handle: ServerProcess = {
    name: options.name,
    baseUrl,
    child,
    output: () => lines.join('\n'),
    stop: async () => {
      if (exited) return;
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
      await done;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60000);
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${options.name} exited during start:\n${handle.output()}`);
    try {
      const response = await fetch(`${baseUrl}${options.readyPath}`);
      if (response.ok) return handle;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await handle.stop();
  throw new Error(`${options.name} did not become ready within ${options.timeoutMs ?? 60000} ms:\n${handle.output()}`);
}

/** Runs `node <args>` to completion; rejects with its output on a non-zero exit. */
export async function runNode(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}
