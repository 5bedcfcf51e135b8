import { Module } from '@nestjs/common';
import { MentorsController } from './mentors.controller';
import { MentorAbsencesController } from './mentor-absences.controller';
import { MentorsService } from './mentors.service';
import { MentorListReader } from './mentor-list.reader';
import { MentorDetailReader } from './mentor-detail.reader';
import { MentorAbsencesService } from './mentor-absences.service';
import { MentorCollectionsWriter } from './mentor-collections.writer';

@Module({
  controllers: [MentorsController, MentorAbsencesController],
  providers: [MentorsService, MentorListReader, MentorDetailReader, MentorAbsencesService, MentorCollectionsWriter],
  exports: [MentorsService, MentorListReader, MentorDetailReader],
})
export class MentorsModule {}
