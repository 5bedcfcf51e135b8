import { AbstractControl, FormBuilder, FormControl, ValidationErrors, Validators } from '@angular/forms';
import type { CreateEventDto, EventDetailDto, EventFormat, EventOrganiser, EventType, UpdateEventDto } from '@bn/shared/contracts';
import { fromIsoDate, toIsoDate } from '@bn/web/util';

/** HH:MM as the API's TimeField wants it. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const AGS_GEMEINDE = /^\d{8}$/;

/** The event form; its limits mirror CreateEventDto. */
export function buildEventForm(fb: FormBuilder) {
  const nfb = fb.nonNullable;
  return nfb.group({
    eventType: nfb.control<EventType | ''>('', Validators.required),
    organiser: nfb.control<EventOrganiser | ''>('', Validators.required),
    allianceId: new FormControl<string | null>(null, allianceRequiredForOrganiser),
    title: nfb.control('', [Validators.required, Validators.maxLength(200)]),
    startsOn: new FormControl<Date | null>(null, Validators.required),
    startTime: nfb.control('', Validators.pattern(TIME_PATTERN)),
    endTime: nfb.control('', [Validators.pattern(TIME_PATTERN), endNotBeforeStart]),
    format: nfb.control<EventFormat | ''>('PRAESENZ', Validators.required),
    venue: nfb.control('', [Validators.maxLength(200), placeForPresence]),
    gemeindeAgs: new FormControl<string | null>(null, Validators.pattern(AGS_GEMEINDE)),
    participantsCount: new FormControl<number | null>(null, [Validators.min(0), Validators.max(1_000_000), Validators.pattern(/^\d+$/)]),
    description: nfb.control('', Validators.maxLength(10_000)),
    followUpReport: nfb.control('', Validators.maxLength(20_000)),
    isPublic: nfb.control(false),
  });
}

export type EventForm = ReturnType<typeof buildEventForm>;

function sibling(control: AbstractControl, name: string): unknown {
  return control.parent?.get(name)?.value;
}

/** An event organised by a Bündnis needs the alliance (EVENT_ALLIANCE_REQUIRED on the server). */
function allianceRequiredForOrganiser(control: AbstractControl): ValidationErrors | null {
  return sibling(control, 'organiser') === 'BUENDNIS' && !control.value ? { allianceRequired: true } : null;
}

/** The end may not be before the start (EVENT_TIME_ORDER on the server). */
function endNotBeforeStart(control: AbstractControl): ValidationErrors | null {
  const start = sibling(control, 'startTime');
  const end = control.value as string;
  return typeof start === 'string' && TIME_PATTERN.test(start) && TIME_PATTERN.test(end) && end < start ? { endBeforeStart: true } : null;
}

/** Präsenz and hybrid events need a venue or a Gemeinde (EVENT_PLACE_REQUIRED on the server). */
function placeForPresence(control: AbstractControl): ValidationErrors | null {
  const format = sibling(control, 'format');
  if (format !== 'PRAESENZ' && format !== 'HYBRID') return null;
  return (control.value as string).trim() || sibling(control, 'gemeindeAgs') ? null : { placeRequired: true };
}

/** Controls whose validity depends on another control: re-check them when that one changes. */
export const DEPENDENT_CONTROLS: Record<string, string[]> = {
  organiser: ['allianceId'],
  startTime: ['endTime'],
  format: ['venue'],
  gemeindeAgs: ['venue'],
};

/** German messages for the cross-field checks above (the FieldErrorPipe covers the standard ones). */
export const CROSS_FIELD_MESSAGES: Record<string, string> = {
  allianceRequired: 'Bei einer Veranstaltung eines Bündnisses bitte das Bündnis wählen.',
  endBeforeStart: 'Das Ende darf nicht vor dem Beginn liegen.',
  placeRequired: 'Bei Präsenz- und Hybridveranstaltungen bitte einen Veranstaltungsort oder eine Gemeinde angeben.',
};

export function crossFieldMessage(control: AbstractControl): string | null {
  if (!control.errors || typeof control.errors['server'] === 'string') return null;
  for (const [key, message] of Object.entries(CROSS_FIELD_MESSAGES)) if (control.errors[key]) return message;
  return null;
}

/** Re-validates the dependants of each control when it changes. */
export function linkDependentControls(form: EventForm): void {
  for (const [source, targets] of Object.entries(DEPENDENT_CONTROLS)) {
    form.get(source)?.valueChanges.subscribe(() => {
      for (const target of targets) form.get(target)?.updateValueAndValidity({ emitEvent: false });
    });
  }
}

export function eventFormValue(event: EventDetailDto): ReturnType<EventForm['getRawValue']> {
  return {
    eventType: event.eventType,
    organiser: event.organiser,
    allianceId: event.allianceId,
    title: event.title,
    startsOn: fromIsoDate(event.startsOn),
    startTime: event.startTime ?? '',
    endTime: event.endTime ?? '',
    format: event.format,
    venue: event.venue ?? '',
    gemeindeAgs: event.gemeindeAgs,
    participantsCount: event.participantsCount,
    description: event.description ?? '',
    followUpReport: event.followUpReport ?? '',
    isPublic: event.isPublic,
  };
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** The request body of a valid form. */
export function toCreateEventDto(form: EventForm): CreateEventDto {
  const value = form.getRawValue();
  return {
    eventType: value.eventType as EventType,
    organiser: value.organiser as EventOrganiser,
    allianceId: value.allianceId,
    title: value.title.trim(),
    startsOn: toIsoDate(value.startsOn) ?? '',
    startTime: textOrNull(value.startTime),
    endTime: textOrNull(value.endTime),
    format: value.format as EventFormat,
    venue: textOrNull(value.venue),
    gemeindeAgs: value.gemeindeAgs,
    participantsCount: value.participantsCount === null || String(value.participantsCount) === '' ? null : Number(value.participantsCount),
    description: textOrNull(value.description),
    followUpReport: textOrNull(value.followUpReport),
    isPublic: value.isPublic,
  };
}

/** A full replacement of the event as read, with some fields changed (e.g. only the Nachlese). */
export function toUpdateEventDto(event: EventDetailDto, changes: Partial<CreateEventDto> = {}): UpdateEventDto {
  return {
    eventType: event.eventType,
    organiser: event.organiser,
    allianceId: event.allianceId,
    title: event.title,
    startsOn: event.startsOn,
    startTime: event.startTime,
    endTime: event.endTime,
    format: event.format,
    venue: event.venue,
    gemeindeAgs: event.gemeindeAgs,
    participantsCount: event.participantsCount,
    description: event.description,
    followUpReport: event.followUpReport,
    isPublic: event.isPublic,
    ...changes,
    version: event.version,
  };
}
