import { startTestApp, TestApp } from '../support/test-app';
import { CONSENT_VALIDATION_PERSON_ID, FUNCTION_VALIDATION_PERSON_ID, insertAlliance, insertPersonWithId } from './persons.fixtures';
import { describePersonCrud } from './person-crud.cases';
import { describePersonList } from './person-list.cases';
import { describePersonFunctions, VALIDATION_REFS } from './person-functions.cases';
import { describeConsents } from './consents.cases';

/**
 * One spec file for the whole persons domain, so that its tests run one after the other: the
 * validation cases count rows of person, person_function and consent, which the other cases write.
 */
describe('Personen API', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    await insertPersonWithId(app, FUNCTION_VALIDATION_PERSON_ID);
    await insertPersonWithId(app, CONSENT_VALIDATION_PERSON_ID);
    VALIDATION_REFS.allianceId = await insertAlliance(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const getApp = (): TestApp => app;

  describePersonCrud(getApp);
  describePersonList(getApp);
  describePersonFunctions(getApp);
  describeConsents(getApp);
});
