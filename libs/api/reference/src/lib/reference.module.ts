import { Module } from '@nestjs/common';
import { GeographyController } from './geography.controller';
import { GeographyService } from './geography.service';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomyService } from './taxonomy.service';

/** Read-only reference data: geography (Länder, Kreise, Gemeinden) and taxonomies. */
@Module({
  controllers: [GeographyController, TaxonomyController],
  providers: [GeographyService, TaxonomyService],
  exports: [GeographyService, TaxonomyService],
})
export class ReferenceModule {}
