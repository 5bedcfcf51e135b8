import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import { CreatePersonFunctionDto, EndPersonFunctionDto, PersonFunctionDto, UpdatePersonFunctionDto } from '@bn/shared/contracts';
import { PersonFunctionsService } from './person-functions.service';

/** Functions are managed by the Fachberatung and by coordinators within their reach (scoped in the service). */
@ApiTags('Personen')
@Roles('FACHBERATUNG', 'KOORDINATION')
@Controller('persons/:id/functions')
export class PersonFunctionsController {
  constructor(private readonly functions: PersonFunctionsService) {}

  @Post()
  add(
    @Param('id', ParseIdPipe) personId: string,
    @Body() dto: CreatePersonFunctionDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<PersonFunctionDto> {
    return this.functions.add(personId, dto, scopeOf(principal), actor);
  }

  @Put(':functionId')
  update(
    @Param('id', ParseIdPipe) personId: string,
    @Param('functionId', ParseIdPipe) functionId: string,
    @Body() dto: UpdatePersonFunctionDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<PersonFunctionDto> {
    return this.functions.update(personId, functionId, dto, scopeOf(principal), actor);
  }

  /** Ends a function (functions are never deleted, so the history stays). */
  @Post(':functionId/end')
  @HttpCode(200)
  end(
    @Param('id', ParseIdPipe) personId: string,
    @Param('functionId', ParseIdPipe) functionId: string,
    @Body() dto: EndPersonFunctionDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<PersonFunctionDto> {
    return this.functions.end(personId, functionId, dto, scopeOf(principal), actor);
  }
}
