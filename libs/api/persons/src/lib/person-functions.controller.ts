import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import { CreatePersonFunctionDto, EndPersonFunctionDto, PersonFunctionDto, UpdatePersonFunctionDto } from '@bn/shared/contracts';
import { PersonFunctionsService } from './person-functions.service';

@ApiTags('Personen')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('persons/:id/functions')
export class PersonFunctionsController {
  constructor(private readonly functions: PersonFunctionsService) {}

  @Roles('FACHBERATUNG')
  @Post()
  add(
    @Param('id', ParseIdPipe) personId: string,
    @Body() dto: CreatePersonFunctionDto,
    @CurrentActor() actor: string,
  ): Promise<PersonFunctionDto> {
    return this.functions.add(personId, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Put(':functionId')
  update(
    @Param('id', ParseIdPipe) personId: string,
    @Param('functionId', ParseIdPipe) functionId: string,
    @Body() dto: UpdatePersonFunctionDto,
    @CurrentActor() actor: string,
  ): Promise<PersonFunctionDto> {
    return this.functions.update(personId, functionId, dto, actor);
  }

  /** Ends a function (functions are never deleted, so the history stays). */
  @Roles('FACHBERATUNG')
  @Post(':functionId/end')
  @HttpCode(200)
  end(
    @Param('id', ParseIdPipe) personId: string,
    @Param('functionId', ParseIdPipe) functionId: string,
    @Body() dto: EndPersonFunctionDto,
    @CurrentActor() actor: string,
  ): Promise<PersonFunctionDto> {
    return this.functions.end(personId, functionId, dto, actor);
  }
}
