import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidationOptions,
} from 'class-validator';
import { isIsoCalendarDate } from '@bn/shared/util';

/**
 * Property decorators with German messages. Every request DTO uses these, so each invalid field gets
 * a German message of its own, and the server and the client validate alike.
 */
type PropertyDecoratorFn = (target: object, propertyKey: string) => void;

function compose(...decorators: PropertyDecoratorFn[]): PropertyDecorator {
  return (target: object, propertyKey: string | symbol) => {
    for (const decorator of decorators) {
      decorator(target, propertyKey as string);
    }
  };
}

const each = (options: ValidationOptions = {}): ValidationOptions => ({ ...options, each: true });

function optionalIf(isOptional: boolean, ...decorators: PropertyDecoratorFn[]): PropertyDecorator {
  return isOptional ? compose(IsOptional(), ...decorators) : compose(...decorators);
}

export interface FieldOptions {
  optional?: boolean;
}

export function TextField(maxLength: number, options: FieldOptions = {}): PropertyDecorator {
  const required = options.optional
    ? []
    : [
        IsNotEmpty({ message: 'Dieses Feld ist erforderlich.' }),
        Matches(/\S/, { message: 'Darf nicht nur aus Leerzeichen bestehen.' }),
      ];
  return optionalIf(
    !!options.optional,
    IsString({ message: 'Muss ein Text sein.' }),
    ...required,
    MaxLength(maxLength, { message: `Darf höchstens ${maxLength} Zeichen lang sein.` }),
  );
}

export function EnumField(values: readonly string[], options: FieldOptions = {}): PropertyDecorator {
  return optionalIf(
    !!options.optional,
    IsIn(values as string[], { message: `Muss einer dieser Werte sein: ${values.join(', ')}.` }),
  );
}

export function EnumArrayField(values: readonly string[], maxItems = 30, options: FieldOptions = {}): PropertyDecorator {
  return optionalIf(
    !!options.optional,
    IsArray({ message: 'Muss eine Liste sein.' }),
    ArrayMaxSize(maxItems, { message: `Höchstens ${maxItems} Einträge.` }),
    ArrayUnique({ message: 'Einträge dürfen nicht doppelt vorkommen.' }),
    IsIn(values as string[], each({ message: `Jeder Eintrag muss einer dieser Werte sein: ${values.join(', ')}.` })),
  );
}

export function UuidField(options: FieldOptions = {}): PropertyDecorator {
  return optionalIf(!!options.optional, IsUUID('all', { message: 'Muss eine gültige ID (UUID) sein.' }));
}

export function UuidArrayField(maxItems = 50, options: FieldOptions = {}): PropertyDecorator {
  return optionalIf(
    !!options.optional,
    IsArray({ message: 'Muss eine Liste sein.' }),
    ArrayMaxSize(maxItems, { message: `Höchstens ${maxItems} Einträge.` }),
    ArrayUnique({ message: 'Einträge dürfen nicht doppelt vorkommen.' }),
    IsUUID('all', each({ message: 'Jeder Eintrag muss eine gültige ID (UUID) sein.' })),
  );
}

export function CodeArrayField(pattern: RegExp, maxItems = 30, options: FieldOptions = {}): PropertyDecorator {
  return optionalIf(
    !!options.optional,
    IsArray({ message: 'Muss eine Liste sein.' }),
    ArrayMaxSize(maxItems, { message: `Höchstens ${maxItems} Einträge.` }),
    ArrayUnique({ message: 'Einträge dürfen nicht doppelt vorkommen.' }),
    IsString(each({ message: 'Jeder Eintrag muss ein Text sein.' })),
    Matches(pattern, each({ message: 'Jeder Eintrag muss ein gültiger Schlüssel sein.' })),
  );
}

export function IntField(min: number, max: number, options: FieldOptions = {}): PropertyDecorator {
  return optionalIf(
    !!options.optional,
    IsInt({ message: 'Muss eine ganze Zahl sein.' }),
    Min(min, { message: `Muss mindestens ${min} sein.` }),
    Max(max, { message: `Darf höchstens ${max} sein.` }),
  );
}

/**
 * True for a finite number with at most `places` decimal places. Decided arithmetically, not by the
 * printed form: class-validator's maxDecimalPlaces splits `String(value)` at ".", which throws for
 * numbers printed in exponent form such as 1e-7 (a 500 found by the R4 fuzz drill).
 */
export function hasAtMostDecimalPlaces(value: unknown, places: number): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  // Rounding to the allowed places must give the number back: 1.25 → "1.25" → 1.25, but 1e-7 → "0.00".
  return Number(value.toFixed(places)) === value;
}

export function DecimalField(min: number, max: number, options: FieldOptions = {}, places = 2): PropertyDecorator {
  const placesText = places === 1 ? 'einer Nachkommastelle' : `${places} Nachkommastellen`;
  return optionalIf(
    !!options.optional,
    ValidateBy(
      { name: 'isDecimal', constraints: [places], validator: { validate: (value: unknown) => hasAtMostDecimalPlaces(value, places) } },
      { message: `Muss eine Zahl mit höchstens ${placesText} sein.` },
    ),
    Min(min, { message: `Muss mindestens ${min} sein.` }),
    Max(max, { message: `Darf höchstens ${max} sein.` }),
  );
}

export function BooleanField(options: FieldOptions = {}): PropertyDecorator {
  return optionalIf(!!options.optional, IsBoolean({ message: 'Muss wahr oder falsch sein.' }));
}

/** A calendar date in ISO form (YYYY-MM-DD); the client shows and accepts TT.MM.JJJJ. */
export function DateField(options: FieldOptions = {}): PropertyDecorator {
  return optionalIf(
    !!options.optional,
    ValidateBy(
      {
        name: 'isIsoCalendarDate',
        validator: { validate: (value: unknown) => typeof value === 'string' && isIsoCalendarDate(value) },
      },
      { message: 'Muss ein gültiges Datum im Format JJJJ-MM-TT sein.' },
    ),
  );
}

export function TimeField(options: FieldOptions = {}): PropertyDecorator {
  return optionalIf(
    !!options.optional,
    IsString({ message: 'Muss eine Uhrzeit sein.' }),
    Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Muss eine Uhrzeit im Format HH:MM sein.' }),
  );
}

export function EmailField(options: FieldOptions = {}): PropertyDecorator {
  return optionalIf(
    !!options.optional,
    IsString({ message: 'Muss ein Text sein.' }),
    MaxLength(200, { message: 'Darf höchstens 200 Zeichen lang sein.' }),
    IsEmail({}, { message: 'Muss eine gültige E-Mail-Adresse sein.' }),
  );
}

export function UrlField(options: FieldOptions = {}): PropertyDecorator {
  return optionalIf(
    !!options.optional,
    IsString({ message: 'Muss ein Text sein.' }),
    MaxLength(300, { message: 'Darf höchstens 300 Zeichen lang sein.' }),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Muss eine gültige Web-Adresse (http/https) sein.' }),
  );
}

export function PatternField(pattern: RegExp, message: string, options: FieldOptions = {}): PropertyDecorator {
  return optionalIf(!!options.optional, IsString({ message: 'Muss ein Text sein.' }), Matches(pattern, { message }));
}

/** The version a client read; an update with a stale version is refused with 409. */
export function VersionField(): PropertyDecorator {
  return compose(
    IsInt({ message: 'Muss eine ganze Zahl sein.' }),
    Min(1, { message: 'Muss mindestens 1 sein.' }),
    Max(2147483647, { message: 'Ist zu groß.' }),
  );
}

/** AGS patterns of the reference geography. */
export const AGS_GEMEINDE = /^\d{8}$/;
export const AGS_KREIS = /^\d{5}$/;
export const LAND_CODE = /^(0[1-9]|1[0-6])$/;
export const FACHGEBIET_CODE = /^FG\d{2}$/;
export const ZIELGRUPPE_CODE = /^[A-Z0-9_]{1,40}$/;

/** A boolean in a query string: accepts `true`/`false` (and 1/0); anything else fails validation. */
export function QueryBooleanField(): PropertyDecorator {
  return compose(
    Transform(({ value }: { value: unknown }) => {
      if (value === 'true' || value === '1' || value === true) return true;
      if (value === 'false' || value === '0' || value === false) return false;
      return value;
    }) as PropertyDecoratorFn,
    IsOptional(),
    IsBoolean({ message: 'Muss true oder false sein.' }),
  );
}

/** An integer in a query string. */
export function QueryIntField(min: number, max: number): PropertyDecorator {
  return compose(Type(() => Number) as PropertyDecoratorFn, IntField(min, max, { optional: true }) as PropertyDecoratorFn);
}

/** Optional Länderschlüssel ("01" … "16"). */
export function LandCodeField(): PropertyDecorator {
  return PatternField(LAND_CODE, 'Muss ein Länderschlüssel von 01 bis 16 sein.', { optional: true });
}

/** Optional five-digit Kreisschlüssel. */
export function KreisAgsField(): PropertyDecorator {
  return PatternField(AGS_KREIS, 'Muss ein fünfstelliger Kreisschlüssel sein.', { optional: true });
}

/** Optional eight-digit Gemeindeschlüssel (AGS). */
export function GemeindeAgsField(): PropertyDecorator {
  return PatternField(AGS_GEMEINDE, 'Muss ein achtstelliger Gemeindeschlüssel (AGS) sein.', { optional: true });
}

/** An opaque keyset cursor as returned in `Page.nextCursor` (base64url). */
export function CursorField(): PropertyDecorator {
  return optionalIf(
    true,
    IsString({ message: 'Muss ein Text sein.' }),
    MaxLength(200, { message: 'Darf höchstens 200 Zeichen lang sein.' }),
    Matches(/^[A-Za-z0-9_-]+$/, { message: 'Ist kein gültiger Blätter-Cursor.' }),
  );
}
