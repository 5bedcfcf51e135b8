/**
 * SQL twin of foldGerman() in @bn/shared/util: the search key of names, so that "Müller",
 * "Mueller" and "muller" (or "Straße" and "strasse") meet. IMMUTABLE, so generated columns and
 * trigram indexes can use it. Upper-case accented letters are mapped explicitly because lower()
 * leaves non-ASCII letters alone under the C locale.
 */
const FOLD_PAIRS: readonly [string, string][] = [
  ['äàáâãåā', 'a'],
  ['ÄÀÁÂÃÅĀ', 'a'],
  ['èéêëē', 'e'],
  ['ÈÉÊËĒ', 'e'],
  ['ìíîïī', 'i'],
  ['ÌÍÎÏĪ', 'i'],
  ['öòóôõō', 'o'],
  ['ÖÒÓÔÕŌ', 'o'],
  ['üùúûū', 'u'],
  ['ÜÙÚÛŪ', 'u'],
  ['ýÿ', 'y'],
  ['ÝŸ', 'y'],
  ['çćč', 'c'],
  ['ÇĆČ', 'c'],
  ['ñń', 'n'],
  ['ÑŃ', 'n'],
  ['šś', 's'],
  ['ŠŚ', 's'],
  ['žź', 'z'],
  ['ŽŹ', 'z'],
];

const FROM = FOLD_PAIRS.map(([chars]) => chars).join('');
const TO = FOLD_PAIRS.map(([chars, base]) => base.repeat([...chars].length)).join('');

export const CREATE_FOLD_FUNCTION = `
CREATE OR REPLACE FUNCTION bn_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fold$
  SELECT btrim(regexp_replace(
    replace(replace(replace(
      lower(translate(replace(replace(input, 'ß', 'ss'), 'ẞ', 'ss'), '${FROM}', '${TO}')),
      'ae', 'a'), 'oe', 'o'), 'ue', 'u'),
    '\\s+', ' ', 'g'))
$fold$`;

export const DROP_FOLD_FUNCTION = 'DROP FUNCTION IF EXISTS bn_fold(text)';
