import 'reflect-metadata';
import { addOneMonth, berlinDate } from './berlin-date';
import { isFunctionCurrent, isPrivacyNoticeDue } from './person.mapper';

describe('privacy notice and function rules', () => {
  it('adds one month, clamped to the end of the month', () => {
    expect(addOneMonth('2024-03-15')).toBe('2024-04-15');
    expect(addOneMonth('2024-01-31')).toBe('2024-02-29');
    expect(addOneMonth('2023-01-31')).toBe('2023-02-28');
    expect(addOneMonth('2024-12-20')).toBe('2025-01-20');
  });

  it('takes the German calendar date of an instant', () => {
    expect(berlinDate(new Date('2024-06-30T22:30:00Z'))).toBe('2024-07-01');
    expect(berlinDate(new Date('2024-01-31T22:59:00Z'))).toBe('2024-01-31');
  });

  it('makes the notice due only for data from someone else that has not been notified', () => {
    expect(isPrivacyNoticeDue({ dataSource: 'KOORDINATION', privacyNoticeSentOn: null })).toBe(true);
    expect(isPrivacyNoticeDue({ dataSource: 'IMPORT', privacyNoticeSentOn: '2024-01-02' })).toBe(false);
    expect(isPrivacyNoticeDue({ dataSource: 'SELBST', privacyNoticeSentOn: null })).toBe(false);
  });

  it('treats a function as current from its first to its last day', () => {
    const today = '2024-05-10';
    expect(isFunctionCurrent({ validFrom: null, validUntil: null }, today)).toBe(true);
    expect(isFunctionCurrent({ validFrom: today, validUntil: today }, today)).toBe(true);
    expect(isFunctionCurrent({ validFrom: '2024-05-11', validUntil: null }, today)).toBe(false);
    expect(isFunctionCurrent({ validFrom: null, validUntil: '2024-05-09' }, today)).toBe(false);
  });
});
