import { Module } from '@nestjs/common';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

/** Global search across the domains; reads their tables, writes nothing. */
@Module({
  controllers: [SearchController],
  providers: [SearchService],
})
export class SearchModule {}
