import type { LocalizedText } from '../vocab/text.js';
import type { FormRole, IssueCode } from './types.js';

/*
 * The Danish and English texts of validation issues. Short, addressed to the person filling in the form.
 * Each issue code has a plain default (ISSUE_MESSAGES) and, where a number helps, a more precise variant.
 */

/** The plain message of every issue code. */
export const ISSUE_MESSAGES: Readonly<Record<IssueCode, LocalizedText>> = {
  REQUIRED: { da: 'Feltet skal udfyldes.', en: 'This field is required.' },
  UNKNOWN_ITEM: { da: 'Skemaet har ikke dette felt.', en: 'The form has no such field.' },
  WRONG_TYPE: { da: 'Svaret har en forkert form.', en: 'The answer has the wrong form.' },
  TOO_SHORT: { da: 'Teksten er for kort.', en: 'The text is too short.' },
  TOO_LONG: { da: 'Teksten er for lang.', en: 'The text is too long.' },
  OUT_OF_RANGE: { da: 'Værdien ligger uden for det tilladte.', en: 'The value is out of range.' },
  NOT_AN_OPTION: { da: 'Vælg en af de viste muligheder.', en: 'Choose one of the options shown.' },
  INVALID_DATE: { da: 'Skriv en gyldig dato (ÅÅÅÅ-MM-DD).', en: 'Enter a valid date (YYYY-MM-DD).' },
  TOO_FEW: { da: 'Der er for få.', en: 'There are too few.' },
  TOO_MANY: { da: 'Der er for mange.', en: 'There are too many.' },
  HIDDEN_ANSWERED: { da: 'Feltet er skjult og må ikke have et svar.', en: 'This field is hidden and must have no answer.' },
  NOT_YOURS: { da: 'Feltet udfyldes af en anden.', en: 'This field is filled in by someone else.' },
};

const ROLE_NAMES: Record<FormRole, LocalizedText> = {
  AUTHORITY: { da: 'myndigheden', en: 'the authority' },
  PROVIDER: { da: 'leverandøren', en: 'the provider' },
  CITIZEN: { da: 'borgeren', en: 'the citizen' },
  MEETING_KEEPER: { da: 'tovholderen', en: 'the meeting keeper' },
};

/** Numbers as a Dane writes them (1.000,5) and as an English reader does (1,000.5). */
function da(n: number): string {
  return n.toLocaleString('da-DK');
}
function en(n: number): string {
  return n.toLocaleString('en-GB');
}

export const messages = {
  required: () => ISSUE_MESSAGES.REQUIRED,
  unknownItem: () => ISSUE_MESSAGES.UNKNOWN_ITEM,
  answersNotObject: (): LocalizedText => ({
    da: 'Svarene skal være et objekt med ét svar pr. felt.',
    en: 'The answers must be an object with one answer per field.',
  }),
  unreadable: (): LocalizedText => ({ da: 'Svarene kunne ikke læses.', en: 'The answers could not be read.' }),
  notText: (): LocalizedText => ({ da: 'Svaret skal være en tekst.', en: 'The answer must be text.' }),
  notYesNo: (): LocalizedText => ({ da: 'Svaret skal være ja eller nej.', en: 'The answer must be yes or no.' }),
  notNumber: (): LocalizedText => ({ da: 'Svaret skal være et tal.', en: 'The answer must be a number.' }),
  notInteger: (): LocalizedText => ({ da: 'Svaret skal være et helt tal.', en: 'The answer must be a whole number.' }),
  notList: (): LocalizedText => ({ da: 'Svaret skal være en liste.', en: 'The answer must be a list.' }),
  notChoice: (): LocalizedText => ({ da: 'Svaret skal være et af valgene.', en: 'The answer must be one of the choices.' }),
  notEntry: (): LocalizedText => ({ da: 'Svaret har en forkert form.', en: 'The answer has the wrong form.' }),
  noAnswer: (): LocalizedText => ({ da: 'Feltet tager ikke imod svar.', en: 'This item takes no answer.' }),
  duplicate: (): LocalizedText => ({ da: 'Hvert valg må kun stå én gang.', en: 'Each choice may appear only once.' }),
  notChoiceOption: (): LocalizedText => ISSUE_MESSAGES.NOT_AN_OPTION,
  invalidDate: (): LocalizedText => ISSUE_MESSAGES.INVALID_DATE,
  notLifeTheme: (): LocalizedText => ({ da: 'Vælg et af de viste livstemaer.', en: 'Choose one of the life themes shown.' }),
  tooShort: (min: number): LocalizedText => ({ da: `Skriv mindst ${da(min)} tegn.`, en: `Write at least ${en(min)} characters.` }),
  tooLong: (max: number): LocalizedText => ({ da: `Skriv højst ${da(max)} tegn.`, en: `Write at most ${en(max)} characters.` }),
  tooFew: (min: number): LocalizedText => ({ da: `Der skal være mindst ${da(min)}.`, en: `At least ${en(min)} are needed.` }),
  tooMany: (max: number): LocalizedText => ({ da: `Der må højst være ${da(max)}.`, en: `At most ${en(max)} are allowed.` }),
  numberRange: (min: number | undefined, max: number | undefined): LocalizedText => {
    if (min !== undefined && max !== undefined)
      return { da: `Tallet skal være fra ${da(min)} til ${da(max)}.`, en: `The number must be from ${en(min)} to ${en(max)}.` };
    if (min !== undefined) return { da: `Tallet skal være mindst ${da(min)}.`, en: `The number must be at least ${en(min)}.` };
    return { da: `Tallet må højst være ${da(max ?? 0)}.`, en: `The number must be at most ${en(max ?? 0)}.` };
  },
  scaleRange: (min: number, max: number, step: number): LocalizedText =>
    step === 1
      ? { da: `Vælg et trin fra ${da(min)} til ${da(max)}.`, en: `Choose a step from ${en(min)} to ${en(max)}.` }
      : {
          da: `Vælg et trin fra ${da(min)} til ${da(max)} i spring på ${da(step)}.`,
          en: `Choose a step from ${en(min)} to ${en(max)} in steps of ${en(step)}.`,
        },
  dateRange: (min: string | undefined, max: string | undefined): LocalizedText => {
    if (min !== undefined && max !== undefined)
      return { da: `Datoen skal ligge fra ${min} til ${max}.`, en: `The date must be from ${min} to ${max}.` };
    if (min !== undefined) return { da: `Datoen må tidligst være ${min}.`, en: `The date must be ${min} or later.` };
    return { da: `Datoen må senest være ${max}.`, en: `The date must be ${max} or earlier.` };
  },
  hidden: () => ISSUE_MESSAGES.HIDDEN_ANSWERED,
  notYours: (roles: readonly FormRole[]): LocalizedText => {
    if (roles.length === 0) return ISSUE_MESSAGES.NOT_YOURS;
    const names = roles.map((role) => ROLE_NAMES[role]);
    return {
      da: `Feltet udfyldes af ${names.map((n) => n.da).join(' eller ')}.`,
      en: `This field is filled in by ${names.map((n) => n.en).join(' or ')}.`,
    };
  },
};
