// The contracts' request DTOs carry class-transformer decorators, which need the metadata polyfill when
// the (untreeshaken) contracts package is loaded in Jest; the production bundle drops those classes.
import 'reflect-metadata';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({ errorOnUnknownElements: true, errorOnUnknownProperties: true });

// Harness-driven page tests run several seconds each on a busy CI machine.
jest.setTimeout(30_000);

/**
 * jsdom has no IntersectionObserver, which `@defer (on viewport)` registers; specs use
 * DeferBlockBehavior.Manual and render the blocks themselves, so this observer never reports.
 */
class InertIntersectionObserver {
  observe(): void {
    // never reports
  }
  unobserve(): void {
    // nothing observed
  }
  disconnect(): void {
    // nothing observed
  }
  takeRecords(): [] {
    return [];
  }
}
Object.defineProperty(globalThis, 'IntersectionObserver', { value: InertIntersectionObserver, configurable: true, writable: true });
