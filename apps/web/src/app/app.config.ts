import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import localeDe from '@angular/common/locales/de';
import { ApplicationConfig, LOCALE_ID, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { apiInterceptor } from '@bn/web/core';
import { appRoutes } from './app.routes';

// Dates, numbers and currencies are formatted the German way (15.03.2025, 1.234,56 €).
registerLocaleData(localeDe);

// Icons: <mat-icon> uses the self-hosted Material Symbols through its default font-set class (styles.scss);
// nothing from @angular/material is imported here, so the initial bundle stays small (QUALITY.md F1).

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    provideHttpClient(withFetch(), withInterceptors([apiInterceptor])),
    { provide: LOCALE_ID, useValue: 'de-DE' },
  ],
};
