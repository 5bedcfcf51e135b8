import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditWriter, foreignRecord } from '@bn/api/core';
import { DEFAULT_PAGE_SIZE, InboxQueryDto, MarkedReadDto, NotificationDto, NotificationKind, Page, UnreadCountDto } from '@bn/shared/contracts';
import { notificationNotFound } from '../notifications.errors';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link_path: string | null;
  created_at: Date;
  read_at: Date | null;
}

export function toNotificationDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link_path,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}

const COLUMNS = 'id, kind, title, body, link_path, created_at, read_at';

/** The signed-in user's inbox; every statement is restricted to `recipient_id = <the user>`. */
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  /** Newest first; two statements (page and total) whatever the page size. */
  async list(userId: string, query: InboxQueryDto): Promise<Page<NotificationDto>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const unreadOnly = query.unread === true;
    const filter = `recipient_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)`;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(`SELECT ${COLUMNS} FROM notification WHERE ${filter} ORDER BY created_at DESC, id DESC OFFSET $3 LIMIT $4`, [
        userId,
        unreadOnly,
        (page - 1) * pageSize,
        pageSize,
      ]) as Promise<NotificationRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM notification WHERE ${filter}`, [userId, unreadOnly]) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map(toNotificationDto), total, page, pageSize };
  }

  async unreadCount(userId: string): Promise<UnreadCountDto> {
    const [{ unread }] = await this.dataSource.query(`SELECT count(*)::int AS unread FROM notification WHERE recipient_id = $1 AND read_at IS NULL`, [userId]);
    return { unread: unread as number };
  }

  /** Marks one entry as read (idempotent; the first reading time stays). Another user's entry: 404. */
  async markRead(userId: string, id: string): Promise<NotificationDto> {
    const [rows] = (await this.dataSource.query(
      `UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND recipient_id = $2 RETURNING ${COLUMNS}`,
      [id, userId],
    )) as [NotificationRow[], number];
    const row = rows[0];
    if (row) return toNotificationDto(row);
    const exists = (await this.dataSource.query(`SELECT 1 FROM notification WHERE id = $1`, [id])).length > 0;
    throw exists ? await foreignRecord(this.audit, this.dataSource.manager, 'Notification', id, notificationNotFound) : notificationNotFound();
  }

  async markAllRead(userId: string): Promise<MarkedReadDto> {
    const [, marked] = (await this.dataSource.query(`UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL`, [userId])) as [
      unknown,
      number,
    ];
    return { marked };
  }
}
