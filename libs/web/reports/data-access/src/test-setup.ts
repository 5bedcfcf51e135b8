// The contracts' request DTOs carry class-transformer decorators, which need the metadata polyfill when
// the (untreeshaken) contracts package is loaded in Jest; the production bundle drops those classes.
import 'reflect-metadata';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({ errorOnUnknownElements: true, errorOnUnknownProperties: true });

// Harness-driven page tests run several seconds each on a busy CI machine.
jest.setTimeout(30_000);
