import type { FormDefinition } from '../forms/types.js';

/*
 * Nordjylland, "Målsætninger for samarbejde mellem myndighed og driftsherre", Løbende opfølgning: when something
 * changes that means a follow-up is needed beyond the agreed meetings, it is the provider's responsibility to
 * contact the authority, and to "beskrive ændringen tydeligt, beskrive konsekvenserne for indsatsen, om muligt
 * fremvise dokumentation for ændringen". Bound to ChangeNotice (the reportChange mutation).
 */

export const changeNotice: FormDefinition = {
  key: 'change-notice',
  version: 1,
  title: { da: 'Henvendelse om ændringer', en: 'Change notice' },
  description: {
    da: 'Hvis der er behov for opfølgning udover de aftalte møder, så er det udførers ansvar at kontakte myndighed og gøre opmærksom herpå. Der kan være behov for løbende opfølgning, hvis der sker ændringer i borgerens funktionsevneniveau eller ændringer der gør, at udfører af forskellige årsager ikke kan levere den aftalte indsats.',
    en: "If a follow-up is needed beyond the agreed meetings, it is the provider's responsibility to contact the authority and point it out. Ongoing follow-up may be needed when the citizen's level of functioning changes, or when changes mean that the provider for some reason cannot deliver the agreed effort.",
  },
  source: 'Nordjylland: Målsætninger for samarbejde mellem myndighed og driftsherre, Løbende opfølgning',
  subject: 'CONTRACT',
  filledBy: ['PROVIDER'],
  sections: [
    {
      id: 'change',
      title: { da: 'Ændringen', en: 'The change' },
      items: [
        {
          id: 'changeKind',
          type: 'singleChoice',
          label: { da: 'Hvad drejer ændringen sig om?', en: 'What is the change about?' },
          required: true,
          options: [
            { value: 'FUNCTIONING', label: { da: 'Ændringer i borgerens funktionsevneniveau', en: "Changes in the citizen's level of functioning" } },
            { value: 'CANNOT_DELIVER', label: { da: 'Udfører kan ikke levere den aftalte indsats', en: 'The provider cannot deliver the agreed effort' } },
            { value: 'OTHER', label: { da: 'Andre ændringer med betydning for indsatsen', en: 'Other changes that matter for the effort' } },
          ],
        },
        {
          id: 'affectedLifeThemes',
          type: 'lifeTheme',
          multiple: true,
          minSelected: 1,
          label: { da: 'Hvilke livstemaer er berørt?', en: 'Which life themes are affected?' },
          required: true,
          enableWhen: [{ item: 'changeKind', operator: 'equals', value: 'FUNCTIONING' }],
        },
        {
          id: 'description',
          type: 'longText',
          label: { da: 'Beskriv ændringen tydeligt', en: 'Describe the change clearly' },
          required: true,
          binding: { target: 'changeNotice.description' },
        },
        {
          id: 'consequences',
          type: 'longText',
          label: { da: 'Beskriv konsekvenserne for indsatsen', en: 'Describe the consequences for the effort' },
          help: {
            da: 'Fx at der ikke længere kan arbejdes med de opsatte indsatsmål, eller at der er behov for pludselig ændring i indsatsen.',
            en: 'E.g. that the agreed goals can no longer be worked on, or that the effort needs to change suddenly.',
          },
          required: true,
          binding: { target: 'changeNotice.consequences' },
        },
      ],
    },
    {
      id: 'documentationSection',
      title: { da: 'Dokumentation', en: 'Documentation' },
      items: [
        {
          id: 'hasDocumentation',
          type: 'yesNo',
          label: { da: 'Kan der fremvises dokumentation for ændringen?', en: 'Can documentation of the change be shown?' },
          help: { da: 'Om muligt fremvises dokumentation for ændringen.', en: 'If possible, documentation of the change is shown.' },
          required: true,
        },
        {
          id: 'documentation',
          type: 'longText',
          label: { da: 'Dokumentation for ændringen', en: 'Documentation of the change' },
          help: {
            da: 'Beskriv dokumentationen og hvor den findes, fx notater, observationer eller udtalelser fra psykiatrien.',
            en: 'Describe the documentation and where it is, e.g. notes, observations or statements from psychiatry.',
          },
          required: true,
          enableWhen: [{ item: 'hasDocumentation', operator: 'equals', value: true }],
          binding: { target: 'changeNotice.documentation' },
        },
        {
          id: 'followUpWanted',
          type: 'yesNo',
          label: { da: 'Er der behov for et opfølgningsmøde udover de aftalte møder?', en: 'Is a follow-up meeting needed beyond the agreed meetings?' },
          required: true,
        },
      ],
    },
  ],
};
