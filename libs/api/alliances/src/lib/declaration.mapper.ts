import { Declaration, Signature } from '@bn/api/data-access-db';
import { AllianceDeclarationDto, AllianceSignatureDto } from '@bn/shared/contracts';
import { personName } from './persistence';

/** Maps a signature loaded with its organisation (inner join) and signatory. */
export function toSignatureDto(entity: Signature): AllianceSignatureDto {
  const organisation = entity.organisation;
  if (!organisation) throw new Error('A signature must be loaded with its organisation.');
  return {
    id: entity.id,
    declarationId: entity.declarationId,
    organisationId: entity.organisationId,
    organisationName: organisation.name,
    signatoryId: entity.signatoryId,
    signatoryName: personName(entity.signatory),
    signedOn: entity.signedOn,
    occasion: entity.occasion,
    eventId: entity.eventId,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
  };
}

export function toDeclarationDto(entity: Declaration, signatures: AllianceSignatureDto[]): AllianceDeclarationDto {
  return {
    id: entity.id,
    allianceId: entity.allianceId,
    kind: entity.kind,
    title: entity.title,
    textVersion: entity.textVersion,
    adoptedOn: entity.adoptedOn,
    eventId: entity.eventId,
    eventTitle: entity.event?.title ?? null,
    signatures,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    archivedAt: entity.archivedAt ? entity.archivedAt.toISOString() : null,
  };
}
