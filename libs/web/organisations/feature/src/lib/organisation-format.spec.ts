import { legalFormSuffix } from './organisation-format';

describe('legalFormSuffix', () => {
  it('shows the legal form unless the name already ends with it', () => {
    expect(legalFormSuffix('Handwerkskammer Wiesbaden', 'KdöR')).toBe('KdöR');
    expect(legalFormSuffix('AWO Ortsverein Berlin e.V.', 'e.V.')).toBeNull();
    expect(legalFormSuffix('Bäckerei Müller GMBH', 'GmbH')).toBeNull();
    expect(legalFormSuffix('Jobcenter Börde', null)).toBeNull();
  });
});
