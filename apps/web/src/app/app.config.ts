import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import localeDe from '@angular/common/locales/de';
import { ApplicationConfig, LOCALE_ID, provideBrowserGlobalErrorListeners } from '@angular/core';
import { MAT_ICON_DEFAULT_OPTIONS, MatIconDefaultOptions } from '@angular/material/icon';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { apiInterceptor } from '@bn/web/core';
import { appRoutes } from './app.routes';

// Dates, numbers and currencies are formatted the German way (15.03.2025, 1.234,56 €).
registerLocaleData(localeDe);

const iconOptions: MatIconDefaultOptions = {
  // Self-hosted Material Symbols (see styles.scss); no request leaves the machine.
  fontSet: 'material-symbols-outlined',
};

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    provideHttpClient(withFetch(), withInterceptors([apiInterceptor])),
    { provide: LOCALE_ID, useValue: 'de-DE' },
    { provide: MAT_ICON_DEFAULT_OPTIONS, useValue: iconOptions },
  ],
};
