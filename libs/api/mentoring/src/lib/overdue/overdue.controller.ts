import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@bn/api/core';
import { MentoringOverdueDto } from '@bn/shared/contracts';
import { MentoringOverdueQuery } from './overdue.query';

@ApiTags('Anfragen')
@Controller('mentoring/overdue')
export class MentoringOverdueController {
  constructor(private readonly overdue: MentoringOverdueQuery) {}

  @Roles('FACHBERATUNG', 'LEITUNG')
  @Get()
  @ApiOperation({
    summary: 'Überfällige Anfragen, Angebote und Berichte',
    description:
      'Anfragen, die nach 2 Werktagen noch nicht bestätigt sind (Status EINGEGANGEN); Angebote, die nach 5 Werktagen ' +
      'unbeantwortet sind; Einsätze ohne eingereichten Bericht 14 Tage nach dem letzten Termin. Werktage sind Montag bis ' +
      'Freitag; gesetzliche Feiertage werden nicht berücksichtigt.',
  })
  list(): Promise<MentoringOverdueDto> {
    return this.overdue.list();
  }
}
