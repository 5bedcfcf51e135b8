import { foldGerman } from './german-text';

describe('foldGerman', () => {
  it.each([
    ['Müller GmbH', 'muller gmbh'],
    ['Mueller', 'muller'],
    ['muller', 'muller'],
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['Nörten-Hardenberg', 'norten-hardenberg'],
    ['Noerten-Hardenberg', 'norten-hardenberg'],
    ['Café  Élan', 'cafe elan'],
    ['  Börde ', 'borde'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldGerman(input)).toBe(expected);
  });
});
