import { HttpStatus } from '@nestjs/common';
import { DomainError, notFound } from '@bn/api/core';

export const gemeindeNotFound = (): DomainError =>
  notFound(
    'GEMEINDE_NOT_FOUND',
    'Zu diesem Gemeindeschlüssel gibt es keine Gemeinde.',
  );

export const invalidGemeindeAgs = (): DomainError =>
  new DomainError(
    'INVALID_AGS',
    HttpStatus.BAD_REQUEST,
    'Der Gemeindeschlüssel in der Adresse ist ungültig.',
    {
      ags: 'Muss ein achtstelliger Gemeindeschlüssel (AGS) sein.',
    },
  );
