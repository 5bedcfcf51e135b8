import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken } from '@bn/api/core';
import { CalendarFeedKind, DEPLOYMENT_TYPE_LABELS, DeploymentType } from '@bn/shared/contracts';
import { calendarFeedNotFound } from '../notifications.errors';
import { Notifier } from '../dispatch/notifier';
import { deploymentPath } from '../dispatch/mentoring-listeners';
import { CalendarEntry, renderCalendar } from './calendar-render';

interface ResolvedFeed {
  id: string;
  kind: CalendarFeedKind;
  alliance_id: string | null;
  alliance_name: string | null;
  mentor_profile_id: string | null;
}

interface SessionRow {
  id: string;
  deployment_id: string;
  held_on: string;
  start_time: string | null;
  end_time: string | null;
  mode: string;
  place: string | null;
  gemeinde_name: string | null;
  topic: string | null;
  deployment_type: DeploymentType;
  alliance_name: string;
}

interface EventRow {
  id: string;
  title: string;
  starts_on: string;
  start_time: string | null;
  end_time: string | null;
  format: string;
  venue: string | null;
  gemeinde_name: string | null;
  description: string | null;
}

/** Feeds show the past year and everything ahead, at most this many entries of each kind. */
const MAX_ENTRIES = 2000;

const SESSION_COLUMNS = `s.id, s.deployment_id, to_char(s.held_on, 'YYYY-MM-DD') AS held_on, s.start_time, s.end_time, s.mode, s.place,
  g.name AS gemeinde_name, s.topic, d.deployment_type, a.name AS alliance_name`;
const SESSION_JOINS = `FROM deployment_session s JOIN deployment d ON d.id = s.deployment_id JOIN alliance a ON a.id = d.alliance_id
  LEFT JOIN gemeinde g ON g.ags = s.gemeinde_ags`;
const SESSION_FILTER = `d.archived_at IS NULL AND d.status NOT IN ('STORNIERT') AND s.held_on >= current_date - 365`;

function location(place: string | null, gemeinde: string | null, isOnline: boolean): string | null {
  const parts = [place, gemeinde].filter((part): part is string => !!part);
  if (parts.length) return parts.join(', ');
  return isOnline ? 'Online' : null;
}

/**
 * Renders a feed from its secret token. The token is checked on every call against the owner's
 * current rights: a disabled account, a mentor who is no longer one, or a coordinator who left the
 * alliance gets a 404, like an unknown or renewed token.
 */
@Injectable()
export class CalendarFeedRenderer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
  ) {}

  async render(token: string): Promise<string> {
    const feed = await this.resolve(token);
    if (!feed) throw calendarFeedNotFound();
    await this.dataSource.query(`UPDATE calendar_feed SET last_used_at = now() WHERE id = $1`, [feed.id]);
    if (feed.kind === 'MENTOR') {
      return renderCalendar('Bündnisnetz – meine Einsatztermine', await this.mentorEntries(feed.mentor_profile_id ?? ''));
    }
    const allianceId = feed.alliance_id ?? '';
    return renderCalendar(`Bündnisnetz – ${feed.alliance_name ?? 'Bündnis'}`, await this.allianceEntries(allianceId));
  }

  private async resolve(token: string): Promise<ResolvedFeed | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const rows: ResolvedFeed[] = await this.dataSource.query(
      `SELECT f.id, f.kind, f.alliance_id, a.name AS alliance_name, u.mentor_profile_id
         FROM calendar_feed f JOIN user_account u ON u.id = f.owner_id LEFT JOIN alliance a ON a.id = f.alliance_id
        WHERE f.token_hash = $1 AND u.disabled_at IS NULL
          AND CASE f.kind
                WHEN 'MENTOR' THEN u.role = 'MENTOR' AND u.mentor_profile_id IS NOT NULL
                ELSE a.archived_at IS NULL AND (u.role IN ('FACHBERATUNG', 'LEITUNG')
                     OR (u.role = 'KOORDINATION' AND EXISTS (SELECT 1 FROM user_alliance ua WHERE ua.user_id = u.id AND ua.alliance_id = f.alliance_id)))
              END`,
      [hashToken(token)],
    );
    return rows[0] ?? null;
  }

  private async mentorEntries(mentorId: string): Promise<CalendarEntry[]> {
    const sessions: SessionRow[] = await this.dataSource.query(
      `SELECT ${SESSION_COLUMNS} ${SESSION_JOINS}
        WHERE ${SESSION_FILTER} AND EXISTS (SELECT 1 FROM deployment_mentor dm WHERE dm.deployment_id = d.id AND dm.mentor_id = $1)
        ORDER BY s.held_on, s.start_time NULLS FIRST, s.id LIMIT ${MAX_ENTRIES}`,
      [mentorId],
    );
    return sessions.map((session) => this.sessionEntry(session, `Einsatz ${session.alliance_name}: ${DEPLOYMENT_TYPE_LABELS[session.deployment_type]}`));
  }

  private async allianceEntries(allianceId: string): Promise<CalendarEntry[]> {
    const [events, sessions] = await Promise.all([
      this.dataSource.query(
        `SELECT e.id, e.title, to_char(e.starts_on, 'YYYY-MM-DD') AS starts_on, e.start_time, e.end_time, e.format, e.venue,
                g.name AS gemeinde_name, e.description
           FROM event e LEFT JOIN gemeinde g ON g.ags = e.gemeinde_ags
          WHERE e.alliance_id = $1 AND e.archived_at IS NULL AND e.starts_on >= current_date - 365
          ORDER BY e.starts_on, e.start_time NULLS FIRST, e.id LIMIT ${MAX_ENTRIES}`,
        [allianceId],
      ) as Promise<EventRow[]>,
      this.dataSource.query(
        `SELECT ${SESSION_COLUMNS} ${SESSION_JOINS}
          WHERE ${SESSION_FILTER} AND d.alliance_id = $1
          ORDER BY s.held_on, s.start_time NULLS FIRST, s.id LIMIT ${MAX_ENTRIES}`,
        [allianceId],
      ) as Promise<SessionRow[]>,
    ]);
    return [
      ...events.map(
        (event): CalendarEntry => ({
          uid: `event-${event.id}@buendnisnetz`,
          summary: event.title,
          date: event.starts_on,
          startTime: event.start_time,
          endTime: event.end_time,
          location: location(event.venue, event.gemeinde_name, event.format === 'ONLINE'),
          description: event.description,
          url: this.notifier.url(`/veranstaltungen/${event.id}`),
        }),
      ),
      ...sessions.map((session) => this.sessionEntry(session, `Mentoring: ${DEPLOYMENT_TYPE_LABELS[session.deployment_type]}`)),
    ];
  }

  private sessionEntry(session: SessionRow, summary: string): CalendarEntry {
    return {
      uid: `session-${session.id}@buendnisnetz`,
      summary,
      date: session.held_on,
      startTime: session.start_time,
      endTime: session.end_time,
      location: location(session.place, session.gemeinde_name, session.mode === 'ONLINE'),
      description: session.topic,
      url: this.notifier.url(deploymentPath(session.deployment_id)),
    };
  }
}
