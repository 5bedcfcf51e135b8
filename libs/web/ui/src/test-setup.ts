import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
// Value imports of @bn/shared/contracts (enums, label maps) load the DTO classes, whose decorators need this.
import 'reflect-metadata';

setupZonelessTestEnv({ errorOnUnknownElements: true, errorOnUnknownProperties: true });
