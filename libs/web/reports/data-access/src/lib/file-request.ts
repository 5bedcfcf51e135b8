import { HttpClient, HttpErrorResponse, HttpResponse } from '@angular/common/http';
import { DownloadedFile, fileNameFromDisposition, readBlobErrorBody } from '@bn/web/util';
import { Observable, catchError, from, map, switchMap, throwError } from 'rxjs';

/**
 * GET of a file as a Blob, named by the server's Content-Disposition. An error answer (sent as a Blob
 * too) is read back as JSON, so callers can show the API's German message via `toApiError`.
 */
export function getFile(http: HttpClient, url: string, params: Record<string, string>, fallbackName: string): Observable<DownloadedFile> {
  return http.get(url, { params, observe: 'response', responseType: 'blob' }).pipe(
    map((response: HttpResponse<Blob>) => ({
      blob: response.body ?? new Blob([]),
      fileName: fileNameFromDisposition(response.headers.get('Content-Disposition'), fallbackName),
    })),
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return throwError(() => error);
      return from(readBlobErrorBody(error.error)).pipe(
        switchMap((body) =>
          throwError(
            () => new HttpErrorResponse({ error: body, headers: error.headers, status: error.status, statusText: error.statusText, url: error.url ?? undefined }),
          ),
        ),
      );
    }),
  );
}
