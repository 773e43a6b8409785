// A real redis-server on a free loopback port, for the tests and the load benchmark (installed by scripts/system-deps.sh).
import { spawn, type ChildProcess } from 'child_process';
import * as net from 'net';
import { createClient } from 'redis';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not open port ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface RedisServerOptions {
  /** A folder for an append-only file, so data survives a restart (a crash of Redis loses nothing). */
  persistDir?: string;
}

export class RedisServer {
  private process?: ChildProcess;
  private constructor(
    readonly port: number,
    private readonly options: RedisServerOptions,
  ) {}

  static async start(options: RedisServerOptions = {}): Promise<RedisServer> {
    const server = new RedisServer(await freePort(), options);
    await server.restart();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** A client of its own, to look at or tamper with what is stored (its errors while the server is down are ignored). */
  async connectClient() {
    const client = createClient({ url: this.url });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  }

  async restart(): Promise<void> {
    const persistence = this.options.persistDir
      ? ['--dir', this.options.persistDir, '--appendonly', 'yes', '--appendfsync', 'always']
      : ['--appendonly', 'no'];
    this.process = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', ...persistence], {
      stdio: 'ignore',
    });
    await waitForPort(this.port, 10000);
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}

export type RedisClient = Awaited<ReturnType<RedisServer['connectClient']>>;
