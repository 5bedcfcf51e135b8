import { isProjectRunning } from './project.mapper';

describe('isProjectRunning', () => {
  const today = '2024-05-10';
  const project = (startsOn: string | null, endsOn: string | null, isOngoing = false) => ({ startsOn, endsOn, isOngoing });

  it('runs when its period covers today', () => {
    expect(isProjectRunning(project('2024-01-01', '2024-12-31'), today)).toBe(true);
    expect(isProjectRunning(project(today, today), today)).toBe(true);
    expect(isProjectRunning(project('2024-01-01', null), today)).toBe(true);
  });

  it('runs when ongoing and started', () => {
    expect(isProjectRunning(project(null, null, true), today)).toBe(true);
    expect(isProjectRunning(project('2024-06-01', null, true), today)).toBe(false);
  });

  it('does not run before its start, after its end or without any date', () => {
    expect(isProjectRunning(project('2024-05-11', null), today)).toBe(false);
    expect(isProjectRunning(project(null, '2024-05-09'), today)).toBe(false);
    expect(isProjectRunning(project(null, null), today)).toBe(false);
  });
});
