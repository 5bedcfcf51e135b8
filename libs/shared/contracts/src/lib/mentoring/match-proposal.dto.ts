import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import { ProposalResponse } from '../enums';
import { DecimalField, EnumField, IntField, TextField, UuidField, VersionField } from '../common/validation';

/** One criterion of a proposal's score, e.g. "Fachgebiet-Fit: +30 – beherrscht FG01 (Expertise)". */
export class MatchExplanationEntryDto {
  @TextField(60)
  criterion!: string;

  @DecimalField(-9999.99, 9999.99)
  points!: number;

  @TextField(300)
  text!: string;
}

/** Propose a mentor for a request (by the matcher or by hand). */
export class CreateMatchProposalDto {
  @UuidField()
  mentorId!: string;

  /** 1 = best fit. */
  @IntField(1, 999)
  rank!: number;

  @DecimalField(-9999.99, 9999.99)
  score!: number;

  /** Per-criterion breakdown (at most 20 entries). */
  @IsOptional()
  @IsArray({ message: 'Muss eine Liste sein.' })
  @ArrayMaxSize(20, { message: 'Höchstens 20 Einträge.' })
  @ValidateNested({ each: true })
  @Type(() => MatchExplanationEntryDto)
  explanation?: MatchExplanationEntryDto[];
}

export const PROPOSAL_ANSWERS = ['ZUGESAGT', 'ABGELEHNT'] as const;
export type ProposalAnswer = (typeof PROPOSAL_ANSWERS)[number];

/** The mentor's answer to a proposal; a reason is required for a refusal. */
export class AnswerMatchProposalDto {
  @EnumField(PROPOSAL_ANSWERS)
  response!: ProposalAnswer;

  /** Required when the answer is ABGELEHNT. */
  @ValidateIf((dto: AnswerMatchProposalDto) => dto.response === 'ABGELEHNT' || (dto.reason !== undefined && dto.reason !== null))
  @TextField(1000)
  reason?: string | null;

  @VersionField()
  version!: number;
}

export class MatchExplanationDto {
  criterion!: string;
  points!: number;
  text!: string;
}

/** A ranked mentor suggestion with its explanation and the mentor's answer. */
export class MatchProposalDto {
  id!: string;
  requestId!: string;
  mentorId!: string;
  /** "Vorname Nachname" of the mentor. */
  mentorName!: string;
  rank!: number;
  score!: number;
  explanation!: MatchExplanationDto[];
  proposedBy!: string | null;
  response!: ProposalResponse;
  responseReason!: string | null;
  respondedAt!: string | null;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}
