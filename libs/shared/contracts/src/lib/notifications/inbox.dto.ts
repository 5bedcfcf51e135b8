import { QueryBooleanField, QueryIntField } from '../common/validation';
import { NotificationKind } from './notification.enums';

/** `GET /api/inbox`: newest first; `unread=true` shows only unread entries. */
export class InboxQueryDto {
  @QueryIntField(1, 100000)
  page?: number;

  @QueryIntField(1, 100)
  pageSize?: number;

  @QueryBooleanField()
  unread?: boolean;
}

/** One entry of the signed-in user's inbox. */
export class NotificationDto {
  id!: string;
  kind!: NotificationKind;
  title!: string;
  body!: string;
  /** Path inside the web client (e.g. `/einsaetze/<id>`), or null. */
  link!: string | null;
  createdAt!: string;
  readAt!: string | null;
}

export class UnreadCountDto {
  unread!: number;
}

/** Answer of `POST /api/inbox/read-all`. */
export class MarkedReadDto {
  marked!: number;
}
