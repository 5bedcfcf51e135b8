import { Route } from '@angular/router';
import { roleGuard } from '@bn/web/core';
import { unsavedChangesGuard } from '@bn/web/ui';
import { MentorFormPage } from './form/mentor-form-page';
import { MentorGalleryPage } from './gallery/mentor-gallery-page';
import { MentorProfilePage } from './profile/mentor-profile-page';

/** Lazy routes of the area "Mentor:innen": gallery, profile (own availability and absences), create and edit. */
export const MENTOR_ROUTES: Route[] = [
  { path: '', title: 'Mentor:innen – Bündnisnetz', component: MentorGalleryPage },
  {
    path: 'neu',
    title: 'Neues Mentorprofil – Bündnisnetz',
    canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG')],
    canDeactivate: [unsavedChangesGuard],
    component: MentorFormPage,
  },
  { path: ':id', title: 'Mentorprofil – Bündnisnetz', canDeactivate: [unsavedChangesGuard], component: MentorProfilePage },
  {
    path: ':id/bearbeiten',
    title: 'Mentorprofil bearbeiten – Bündnisnetz',
    canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG')],
    canDeactivate: [unsavedChangesGuard],
    component: MentorFormPage,
  },
];
