import 'reflect-metadata';
import { isFunctionCurrent, isPrivacyNoticeDue } from './person.mapper';

describe('privacy notice and function rules', () => {
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
