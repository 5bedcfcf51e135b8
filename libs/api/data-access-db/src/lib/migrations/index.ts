import { Schema1795240254731 } from './1795240254731-Schema';
import { ReferenceData1795240300000 } from './1795240300000-ReferenceData';
import { IntegrityConstraints1795243169603 } from './1795243169603-IntegrityConstraints';
import { Accounts1795243506820 } from './1795243506820-Accounts';
import { AppSettings1795299900000 } from './1795299900000-AppSettings';
import { MentoringWorkflow1795300000000 } from './1795300000000-MentoringWorkflow';
import { Notifications1795300200000 } from './1795300200000-Notifications';
import { ReportRuns1795300300000 } from './1795300300000-ReportRuns';
import { ListIndexes1795300400000 } from './1795300400000-ListIndexes';

/** Every migration, in order. Migrations are never edited once merged; add a new one instead. */
export const ALL_MIGRATIONS = [
  Schema1795240254731, ReferenceData1795240300000, IntegrityConstraints1795243169603, Accounts1795243506820,
  AppSettings1795299900000,
  MentoringWorkflow1795300000000,
  Notifications1795300200000,
  ReportRuns1795300300000,
  ListIndexes1795300400000,
];
