import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';
import { ListExporter } from './list-exporter';

/** Raw list exports (alliances, organisations, events, activities, deployments) as XLSX and CSV. */
@Module({
  controllers: [ExportsController],
  providers: [ListExporter],
})
export class ExportsModule {}
