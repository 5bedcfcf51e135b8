import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';

/** Set when the app starts draining, so readiness answers 503 while in-flight requests finish. */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  isShuttingDown = false;

  beforeApplicationShutdown(): void {
    this.isShuttingDown = true;
  }
}
