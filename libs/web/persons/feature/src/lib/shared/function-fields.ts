import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { PERSON_FUNCTION_LABELS } from '@bn/shared/contracts';
import { FunctionTargetsApi } from '@bn/web/persons/data-access';
import { FieldErrorPipe } from '@bn/web/util';
import { FunctionGroup } from './function-form';
import { displayPick, pickerOptions } from './picker';

/**
 * The fields of one function: type, organisation and/or alliance (pickers over the search, which
 * offers only what the user may reach) and the period. Used by the function dialog and the person form.
 */
@Component({
  selector: 'bn-function-fields',
  imports: [
    ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatSuffix, MatInput, MatSelect, MatOption, MatAutocomplete,
    MatAutocompleteTrigger, MatDatepicker, MatDatepickerInput, MatDatepickerToggle, MatIcon, FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './function-fields.html',
  styleUrl: './function-fields.scss',
})
export class FunctionFields {
  private readonly targets = inject(FunctionTargetsApi);

  readonly group = input.required<FunctionGroup>();

  protected readonly functionTypes = Object.entries(PERSON_FUNCTION_LABELS).map(([value, label]) => ({ value, label }));
  protected readonly displayPick = displayPick;
  protected readonly organisationOptions = pickerOptions(
    computed(() => this.group().controls.organisationId),
    (q) => this.targets.organisations(q),
  );
  protected readonly allianceOptions = pickerOptions(
    computed(() => this.group().controls.allianceId),
    (q) => this.targets.alliances(q),
  );
}
