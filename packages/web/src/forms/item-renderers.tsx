import type { ItemComponent } from './form-context.js';
import { and, isMultiple, isReadOnlyFor, isType, not, optionCountAtMost, rankWith, scaleStepsAtMost, type RendererEntry } from './registry.js';
import { CheckboxChoiceRenderer, RadioChoiceRenderer, SelectChoiceRenderer, YesNoRenderer } from './renderers/choice-renderers.js';
import { DisplayRenderer, ReadOnlyRenderer } from './renderers/display-renderers.js';
import { GroupRenderer } from './renderers/group-renderer.js';
import { ParticipantsRenderer, SignatureRenderer } from './renderers/people-renderers.js';
import { ScaleRenderer } from './renderers/scale-renderer.js';
import { TableRenderer } from './renderers/table-renderer.js';
import { DateRenderer, NumberRenderer, TextAreaRenderer, TextRenderer } from './renderers/text-renderers.js';

/** Up to this many options read best as radio buttons; more go in a select. */
const RADIO_MAX_OPTIONS = 5;
/** Scales with more steps than this are typed as numbers. */
const SCALE_MAX_RADIOS = 11;

/**
 * The item renderers with their testers: the highest rank wins. Rank 1 is a type's plain renderer, 2 a better
 * fit for a special case, 100 the read-only view that beats everything for items the viewer does not answer.
 */
export const ITEM_RENDERERS: readonly RendererEntry<ItemComponent>[] = [
  { name: 'readOnly', tester: rankWith(100, isReadOnlyFor), component: ReadOnlyRenderer },
  { name: 'display', tester: rankWith(1, isType('display')), component: DisplayRenderer },
  { name: 'group', tester: rankWith(1, isType('group')), component: GroupRenderer },
  { name: 'table', tester: rankWith(1, isType('table')), component: TableRenderer },
  { name: 'text', tester: rankWith(1, isType('text')), component: TextRenderer },
  { name: 'textarea', tester: rankWith(1, isType('longText')), component: TextAreaRenderer },
  { name: 'number', tester: rankWith(1, isType('number')), component: NumberRenderer },
  { name: 'scaleAsNumber', tester: rankWith(1, isType('scale')), component: NumberRenderer },
  { name: 'scale', tester: rankWith(2, and(isType('scale'), scaleStepsAtMost(SCALE_MAX_RADIOS))), component: ScaleRenderer },
  { name: 'date', tester: rankWith(1, isType('date')), component: DateRenderer },
  { name: 'yesNo', tester: rankWith(1, isType('yesNo')), component: YesNoRenderer },
  { name: 'select', tester: rankWith(1, isType('singleChoice')), component: SelectChoiceRenderer },
  { name: 'radio', tester: rankWith(2, and(isType('singleChoice'), optionCountAtMost(RADIO_MAX_OPTIONS))), component: RadioChoiceRenderer },
  { name: 'checkboxes', tester: rankWith(1, isType('multipleChoice')), component: CheckboxChoiceRenderer },
  { name: 'lifeThemeSelect', tester: rankWith(1, and(isType('lifeTheme'), not(isMultiple))), component: SelectChoiceRenderer },
  { name: 'lifeThemeCheckboxes', tester: rankWith(1, and(isType('lifeTheme'), isMultiple)), component: CheckboxChoiceRenderer },
  { name: 'participants', tester: rankWith(1, isType('participants')), component: ParticipantsRenderer },
  { name: 'signature', tester: rankWith(1, isType('signature')), component: SignatureRenderer },
];
