// The contracts' class-validator decorators need the Reflect metadata API.
import 'reflect-metadata';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({ errorOnUnknownElements: true, errorOnUnknownProperties: true });

// Component tests drive Material harnesses through many change-detection rounds; on the shared
// 2-core machines a test takes a few seconds, so the 5-second default would make them flaky.
jest.setTimeout(30_000);
