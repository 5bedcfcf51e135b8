import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';

/**
 * Set when the app starts draining: readiness answers 503 and every response closes its connection
 * (`Connection: close`), so clients do not send more requests over keep-alive sockets that are about
 * to go away, while in-flight and still-arriving requests are served.
 */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  isShuttingDown = false;

  /** Called on SIGTERM, before the HTTP server stops accepting connections (see main.ts). */
  beginDraining(): void {
    this.isShuttingDown = true;
  }

  beforeApplicationShutdown(): void {
    this.isShuttingDown = true;
  }
}
