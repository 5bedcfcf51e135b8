// eslint-disable-next-line @nx/enforce-module-boundaries -- only the spec builds HTTP errors; the picker itself sends no request.
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { FormControl } from '@angular/forms';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { Observable, Subject } from 'rxjs';
import { RECORD_PICKER_DEBOUNCE_MS, RecordOption, RecordPick, RecordPicker, pickedFromList, pickedRecordId, toRecordPick } from './record-picker';

const searches: { term: string; answer: Subject<RecordOption[]> }[] = [];

@Component({
  imports: [RecordPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bn-record-picker label="Organisation" hint="Namen eingeben" [required]="true" [control]="control" [search]="search" (picked)="picked.push($event)" />
  `,
})
class Host {
  readonly control = new FormControl<RecordPick>(null, pickedFromList);
  readonly picked: RecordOption[] = [];
  readonly search = (term: string): Observable<RecordOption[]> => {
    const answer = new Subject<RecordOption[]>();
    searches.push({ term, answer });
    return answer;
  };
}

describe('RecordPicker', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;

  async function settle(ms = 0): Promise<void> {
    if (ms) await new Promise((resolve) => setTimeout(resolve, ms));
    await fixture.whenStable();
  }

  async function optionTexts(picker: MatAutocompleteHarness): Promise<string[]> {
    return Promise.all((await picker.getOptions()).map((option) => option.getText()));
  }

  beforeEach(async () => {
    searches.length = 0;
    TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle();
  });

  it('searches from two characters (debounced), shows "loading" and the hits, and keeps the chosen entry', async () => {
    const picker = await loader.getHarness(MatAutocompleteHarness);
    await picker.enterText('S');
    await settle(RECORD_PICKER_DEBOUNCE_MS + 50);
    expect(searches).toEqual([]);
    expect(await optionTexts(picker)).toEqual(['Bitte mindestens 2 Zeichen eingeben.']);

    await picker.enterText('tadt ');
    await settle(RECORD_PICKER_DEBOUNCE_MS + 50);
    expect(searches.map((s) => s.term)).toEqual(['Stadt']);
    expect(await optionTexts(picker)).toEqual(['Suche läuft …']);

    searches[0].answer.next([
      { id: 'o1', label: 'Stadt Wolfsburg', hint: 'Wolfsburg' },
      { id: 'o2', label: 'Stadt Celle' },
    ]);
    await settle();
    expect(await optionTexts(picker)).toEqual(['Stadt Wolfsburg · Wolfsburg', 'Stadt Celle']);
    await picker.selectOption({ text: /Stadt Celle/ });
    await settle();

    expect(fixture.componentInstance.control.value).toEqual({ id: 'o2', label: 'Stadt Celle' });
    expect(pickedRecordId(fixture.componentInstance.control.value)).toBe('o2');
    expect(fixture.componentInstance.picked).toEqual([{ id: 'o2', label: 'Stadt Celle' }]);
    expect(await picker.getValue()).toBe('Stadt Celle');
  });

  it('says so when nothing is found, the search fails or the role may not search', async () => {
    const picker = await loader.getHarness(MatAutocompleteHarness);
    await picker.enterText('Niemand');
    await settle(RECORD_PICKER_DEBOUNCE_MS + 50);
    searches[0].answer.next([]);
    await settle();
    expect(await optionTexts(picker)).toEqual(['Keine Treffer.']);

    await picker.clear();
    await picker.enterText('Fehler');
    await settle(RECORD_PICKER_DEBOUNCE_MS + 50);
    searches[1].answer.error(new HttpErrorResponse({ status: 500, error: { code: 'INTERNAL', message: 'x' } }));
    await settle();
    expect(await optionTexts(picker)).toEqual(['Die Suche ist fehlgeschlagen. Bitte erneut versuchen.']);

    await picker.clear();
    await picker.enterText('Verboten');
    await settle(RECORD_PICKER_DEBOUNCE_MS + 50);
    searches[2].answer.error(new HttpErrorResponse({ status: 403, error: { code: 'FORBIDDEN', message: 'Kein Zugriff.' } }));
    await settle();
    const options = await picker.getOptions();
    expect(await options[0].getText()).toBe('Ihre Rolle darf diese Einträge nicht durchsuchen.');
    expect(await options[0].isDisabled()).toBe(true);
  });

  it('shows typed text that was not chosen as an error at the field, in German', async () => {
    const picker = await loader.getHarness(MatAutocompleteHarness);
    await picker.enterText('Irgendwas');
    await picker.blur();
    await settle(RECORD_PICKER_DEBOUNCE_MS + 50);
    searches[0]?.answer.next([]);
    await settle();
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Organisation' }));
    expect(await field.getTextErrors()).toEqual(['Bitte wählen Sie einen Eintrag aus der Vorschlagsliste.']);
  });

  it('has a named clear button that empties the choice, and shows server messages', async () => {
    const control = fixture.componentInstance.control;
    control.setValue(toRecordPick('o1', 'Stadt Wolfsburg'));
    await settle();
    const picker = await loader.getHarness(MatAutocompleteHarness);
    expect(await picker.getValue()).toBe('Stadt Wolfsburg');

    const clear = await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Organisation: Auswahl entfernen"]' }));
    await clear.click();
    await settle();
    expect(control.value).toBeNull();
    expect(await picker.getValue()).toBe('');
    expect(await loader.getAllHarnesses(MatButtonHarness)).toEqual([]);

    control.setErrors({ server: 'Organisation nicht gefunden.' });
    control.markAsTouched();
    await settle();
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Organisation' }));
    expect(await field.getTextErrors()).toEqual(['Organisation nicht gefunden.']);
    expect(await field.getTextHints()).toEqual([]);
  });
});
