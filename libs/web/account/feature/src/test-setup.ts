// The contracts' DTO classes carry class-validator decorators; the browser bundle drops them, Jest evaluates them.
import 'reflect-metadata';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({ errorOnUnknownElements: true, errorOnUnknownProperties: true });

// Component tests with harnesses take seconds each on a shared 2-core machine; the default 5 s is too tight.
jest.setTimeout(30_000);
