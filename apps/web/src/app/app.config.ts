import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withFetch } from '@angular/common/http';
import localeDe from '@angular/common/locales/de';
import {
  ApplicationConfig,
  LOCALE_ID,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import {
  MAT_ICON_DEFAULT_OPTIONS,
  MatIconDefaultOptions,
} from '@angular/material/icon';
import { provideRouter } from '@angular/router';
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
    provideRouter(appRoutes),
    provideHttpClient(withFetch()),
    { provide: LOCALE_ID, useValue: 'de-DE' },
    { provide: MAT_ICON_DEFAULT_OPTIONS, useValue: iconOptions },
  ],
};
