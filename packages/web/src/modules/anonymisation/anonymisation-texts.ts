import type { Texts } from '../../i18n/language.js';

/** The texts of the list of citizens due for anonymisation (anonymisation-page.tsx). */
export interface AnonymisationTexts {
  title: string;
  intro: string;
  forbidden: string;
  forbiddenText: string;
  caption: string;
  citizen: string;
  lastActivityOn: string;
  erasableFrom: string;
  empty: string;
}

export const ANONYMISATION_TEXTS: Texts<AnonymisationTexts> = {
  da: {
    title: 'Anonymisering',
    intro:
      'Borgere i kommunen, hvis sag er afsluttet, og hvis opbevaringsperiode (som standard 5 år efter sagens sidste aktivitet) er udløbet. Deres oplysninger skal anonymiseres: åbn borgeren og anonymisér på borgerens side. Listen bruger samme regel som borgerens side.',
    forbidden: 'Ingen adgang',
    forbiddenText: 'Kun en administrator i en kommune kan se, hvilke af kommunens borgere der skal anonymiseres.',
    caption: 'Borgere, der kan anonymiseres',
    citizen: 'Borger',
    lastActivityOn: 'Sidst aktiv',
    erasableFrom: 'Kan anonymiseres fra',
    empty: 'Ingen borgere skal anonymiseres lige nu: ingen afsluttede sager har passeret opbevaringsperioden.',
  },
  en: {
    title: 'Anonymisation',
    intro:
      "Citizens of the authority whose case is closed and whose retention period (by default 5 years after the case's last activity) has passed. Their data are due for anonymisation: open the citizen and anonymise them on the citizen's page. The list uses the same rule as the citizen's page.",
    forbidden: 'No access',
    forbiddenText: "Only an administrator of an authority can see which of the authority's citizens are due for anonymisation.",
    caption: 'Citizens who can be anonymised',
    citizen: 'Citizen',
    lastActivityOn: 'Last active',
    erasableFrom: 'Can be anonymised from',
    empty: 'No citizens are due for anonymisation now: no closed case has passed its retention period.',
  },
};
