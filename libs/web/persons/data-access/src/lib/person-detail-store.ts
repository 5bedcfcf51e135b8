import { Injectable, computed, inject, signal } from '@angular/core';
import type { PersonDetailDto } from '@bn/shared/contracts';
import { ApiError, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { PersonsApi } from './persons-api';

interface PersonDetailState {
  personId: string | null;
  person: PersonDetailDto | null;
  isLoading: boolean;
  error: ApiError | null;
}

/**
 * The person shown on the detail page, with its functions and consents, as read-only signals. Provided
 * by the page, so each visit starts fresh; its sections reload it after every change they make (the
 * person's version, the Art. 14 status and the function order all follow from the server).
 */
@Injectable()
export class PersonDetailStore {
  private readonly api = inject(PersonsApi);
  private readonly state = signal<PersonDetailState>({ personId: null, person: null, isLoading: false, error: null });
  private request = 0;

  readonly person = computed(() => this.state().person);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly error = computed(() => this.state().error);

  /** Loads a person; an answer to an older request (another id) is dropped. */
  async load(personId: string): Promise<void> {
    const request = ++this.request;
    this.state.update((s) => ({
      personId,
      person: s.personId === personId ? s.person : null,
      isLoading: true,
      error: null,
    }));
    try {
      const person = await firstValueFrom(this.api.get(personId));
      if (request === this.request) this.state.set({ personId, person, isLoading: false, error: null });
    } catch (error) {
      if (request === this.request) this.state.set({ personId, person: null, isLoading: false, error: toApiError(error) });
    }
  }

  /** Reloads the current person (after a change or a 409 conflict). */
  async reload(): Promise<void> {
    const personId = this.state().personId;
    if (personId) await this.load(personId);
  }
}
