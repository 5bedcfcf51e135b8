import { Module } from '@nestjs/common';
import { ConsentsController } from './consents.controller';
import { ConsentsService } from './consents.service';
import { PersonFunctionsController } from './person-functions.controller';
import { PersonFunctionsService } from './person-functions.service';
import { PersonsController } from './persons.controller';
import { PersonsService } from './persons.service';

@Module({
  controllers: [PersonsController, PersonFunctionsController, ConsentsController],
  providers: [PersonsService, PersonFunctionsService, ConsentsService],
  exports: [PersonsService],
})
export class PersonsModule {}
