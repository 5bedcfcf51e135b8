import { join } from 'node:path';

/** Absolute paths shared by the config, the global setup and the tests. */
export const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..');
/** Run artefacts (server log, failure screenshots, axe records); ignored by git. */
export const RUN_DIR = join(WORKSPACE_ROOT, 'tmp', 'web-e2e');
/** One JSON line per axe check; the global teardown sums them up into AXE_SUMMARY_FILE. */
export const AXE_RECORDS_FILE = join(RUN_DIR, 'axe-checks.jsonl');
export const AXE_SUMMARY_FILE = join(WORKSPACE_ROOT, 'tmp', 'axe-summary.json');
/** Committed screenshots of the main screens, named in the README. */
export const SCREENSHOT_DIR = join(WORKSPACE_ROOT, 'docs', 'screenshots');
/** The environment variable through which the global setup hands the server's URL to the workers. */
export const BASE_URL_VARIABLE = 'BN_E2E_BASE_URL';
