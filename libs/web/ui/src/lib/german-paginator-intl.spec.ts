import { GermanPaginatorIntl } from './german-paginator-intl';

describe('GermanPaginatorIntl', () => {
  const intl = new GermanPaginatorIntl();

  it('shows the range and the total in German number format', () => {
    expect(intl.getRangeLabel(0, 25, 700)).toBe('1 – 25 von 700');
    expect(intl.getRangeLabel(3, 25, 1234)).toBe('76 – 100 von 1.234');
    expect(intl.getRangeLabel(0, 25, 0)).toBe('0 von 0');
  });

  it('says "mindestens" for a total the API stopped counting at', () => {
    expect(intl.getRangeLabel(0, 25, 10000)).toBe('1 – 25 von mindestens 10.000');
  });
});
