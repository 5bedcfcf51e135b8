/**
 * Folds German text into a search key so that spelling variants meet:
 * "Müller", "Mueller" and "muller" all become "muller"; "Straße" and "Strasse" become "strasse".
 *
 * Umlauts are reduced to their base letter, their two-letter transcriptions (ae, oe, ue) likewise,
 * ß becomes ss, other accents are dropped and whitespace is collapsed. The same folding exists in
 * SQL as the immutable function `bn_fold(text)` (see the initial migration); a test keeps both equal.
 */
export function foldGerman(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/\s+/g, ' ')
    .trim();
}
