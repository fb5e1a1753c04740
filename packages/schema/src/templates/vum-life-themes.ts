import type { FormDefinition } from '../forms/types.js';
import { FUNCTIONAL_LEVELS } from '../vocab/levels.js';
import { VUM_LIFE_THEMES } from '../vocab/life-themes.js';

/*
 * VUM life-theme status: the 11 VUM 2.0 themes (Fælles Faglige Begreber; the Nordjylland seed lists them under
 * "Funktioner og forhold", "Omgivelsesfaktorer" and "Aktivitet og deltagelse"), each with its change since the
 * last meeting, the functional level on the VUM 0-4 scale and a comment. One table row per theme; the row id is
 * the theme's key (e.g. MENTAL_FUNCTIONS), whose FFB code is in vocab/life-themes.ts. "Ikke vurderet" is a code
 * of its own in FFB, not a number, so it is its own column beside the 0-4 scale.
 */

const levelNames = FUNCTIONAL_LEVELS.filter((level) => level.value !== null);
const notAssessedName = FUNCTIONAL_LEVELS.find((level) => level.value === null)!.name;

export const vumLifeThemes: FormDefinition = {
  key: 'vum-life-themes',
  version: 1,
  title: { da: 'Status på livstemaer (VUM)', en: 'Status of the life themes (VUM)' },
  description: {
    da: 'Opfølgning bør fokusere på, om funktionsniveauet har ændret sig, og hvad det giver anledning til, og bygger på viden fra leverandør, myndighed og borger. For at komme omkring det hele menneske gennemgås VUM-modellens temaer: funktioner og forhold, omgivelsesfaktorer samt aktivitet og deltagelse.',
    en: 'Follow-up should focus on whether the level of functioning has changed and what that calls for, and builds on knowledge from the provider, the authority and the citizen. To cover the whole person, the VUM themes are reviewed: functions and conditions, environmental factors, and activity and participation.',
  },
  source: 'Nordjylland: Målsætninger for samarbejde mellem myndighed og driftsherre (Vi sikrer løbende opfølgning); VUM 2.0 / Fælles Faglige Begreber',
  subject: 'CITIZEN',
  filledBy: ['AUTHORITY', 'PROVIDER'],
  sections: [
    {
      id: 'meeting',
      title: { da: 'Opfølgningen', en: 'The follow-up' },
      items: [
        {
          id: 'assessmentDate',
          type: 'date',
          label: { da: 'Dato for vurderingen', en: 'Date of the assessment' },
          required: true,
          max: 'today',
        },
        {
          id: 'previousMeetingDate',
          type: 'date',
          label: { da: 'Dato for sidste møde', en: 'Date of the last meeting' },
          help: {
            da: 'Ændringerne nedenfor er ændringer siden dette møde.',
            en: 'The changes below are changes since this meeting.',
          },
          max: 'today',
        },
      ],
    },
    {
      id: 'themes',
      title: { da: 'Livstemaer', en: 'Life themes' },
      description: {
        da: 'Funktionsevneniveau: 0 Ingen, 1 Let, 2 Moderat, 3 Svært, 4 Fuldstændig nedsat funktionsevne. Vælg "Ikke vurderet", hvis temaet ikke er vurderet; det er ikke et tal.',
        en: 'Functional level: 0 no, 1 light, 2 moderate, 3 severe, 4 total limitation. Choose "Not assessed" if the theme has not been assessed; that is not a number.',
      },
      items: [
        {
          id: 'lifeThemes',
          type: 'table',
          required: true,
          label: { da: 'Status pr. livstema', en: 'Status per life theme' },
          rows: VUM_LIFE_THEMES.map((theme) => ({ id: theme.key, label: theme.name })),
          columns: [
            {
              id: 'change',
              type: 'singleChoice',
              label: { da: 'Ændring siden sidste møde', en: 'Change since the last meeting' },
              required: true,
              options: [
                { value: 'IMPROVED', label: { da: 'Forbedret', en: 'Improved' } },
                { value: 'UNCHANGED', label: { da: 'Uændret', en: 'Unchanged' } },
                { value: 'WORSENED', label: { da: 'Forværret', en: 'Worse' } },
                { value: 'NOT_ASSESSED', label: { da: 'Ikke vurderet', en: 'Not assessed' } },
              ],
            },
            {
              id: 'levelNotAssessed',
              type: 'yesNo',
              label: { da: `Funktionsevneniveau: ${notAssessedName.da}`, en: `Functional level: ${notAssessedName.en}` },
              help: {
                da: 'Sæt kun ja, hvis funktionsevneniveauet ikke er vurderet; ellers vælges et niveau 0-4.',
                en: 'Answer yes only when the functional level has not been assessed; otherwise choose a level 0-4.',
              },
            },
            {
              id: 'functionalLevel',
              type: 'scale',
              label: { da: 'Funktionsevneniveau (0-4)', en: 'Functional level (0-4)' },
              required: true,
              min: 0,
              max: 4,
              minLabel: levelNames[0].name,
              maxLabel: levelNames[levelNames.length - 1].name,
              stepLabels: levelNames.map((level) => ({ value: level.value as number, label: level.name })),
              enableWhen: [{ item: 'levelNotAssessed', operator: 'notEquals', value: true }],
            },
            {
              id: 'comment',
              type: 'text',
              label: { da: 'Kommentar', en: 'Comment' },
              help: {
                da: 'Beskriv især væsentlige ændringer i borgerens situation med betydning for indsatsen.',
                en: "Describe in particular significant changes in the citizen's situation that matter for the effort.",
              },
              maxLength: 2000,
            },
          ],
        },
        {
          id: 'overallComment',
          type: 'longText',
          label: { da: 'Samlet vurdering', en: 'Overall assessment' },
          help: {
            da: 'Hvad giver ændringerne i funktionsniveauet anledning til, og hvilken virkning har de på støttebehovet?',
            en: 'What do the changes in functioning call for, and how do they affect the support need?',
          },
          maxLength: 8000,
        },
      ],
    },
  ],
};
