import { Module } from '@nestjs/common';
import { MatchingController } from './matching.controller';
import { MatchingService } from './matching.service';
import { MatchingSettingsController } from './matching-settings.controller';
import { MatchingSettingsService } from './matching-settings.service';

/** The matcher (suggestions, proposals from suggestions) and its weights setting. */
@Module({
  controllers: [MatchingController, MatchingSettingsController],
  providers: [MatchingService, MatchingSettingsService],
  exports: [MatchingService, MatchingSettingsService],
})
export class MatchingModule {}
