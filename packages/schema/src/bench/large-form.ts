import type { Answers, FormDefinition, FormItem, FormSection } from '../forms/types.js';
import { VUM_LIFE_THEMES } from '../vocab/life-themes.js';

const label = (n: number | string) => ({ da: `Spørgsmål ${n}`, en: `Question ${n}` });
const options = (n: number) => Array.from({ length: n }, (_, i) => ({ value: `OPTION_${i}`, label: label(`valg ${i}`) }));
const THEMES = VUM_LIFE_THEMES.map((theme) => theme.key);

/** A 200-item definition (every item type, a repeating group, a 9-row table, conditions) and its complete answers, built together so that they always agree. */
export function buildLargeForm(): { definition: FormDefinition; answers: Answers } {
  const answers: Answers = {};
  const sections: FormSection[] = [];
  let count = 0;
  const add = (section: FormSection, item: FormItem, value?: Answers[string]) => {
    section.items.push(item);
    count += 1;
    if (value !== undefined) answers[item.id] = value;
  };

  const basics: FormSection = { id: 'basics', title: label('Grundoplysninger'), items: [] };
  sections.push(basics);
  add(basics, { id: 'startDate', type: 'date', label: label('start'), required: true, min: '2020-01-01' }, '2026-01-15');
  add(basics, { id: 'meetingDate', type: 'date', label: label('møde'), min: 'today' }, '2026-09-01');
  add(
    basics,
    {
      id: 'serviceType',
      type: 'singleChoice',
      label: label('ydelse'),
      required: true,
      options: ['SEL_85', 'SEL_107', 'SEL_108', 'SEL_103', 'SEL_104'].map((value) => ({ value, label: label(value) })),
    },
    'SEL_108',
  );
  add(basics, { id: 'healthComplexity', type: 'singleChoice', label: label('helbred'), options: [{ value: 'LOW', label: label('lav') }, { value: 'HIGH', label: label('høj') }] }, 'HIGH');
  add(basics, { id: 'environmentComplexity', type: 'singleChoice', label: label('omgivelser'), options: [{ value: 'LOW', label: label('lav') }, { value: 'HIGH', label: label('høj') }] }, 'LOW');

  // A 9-row table (3 items: the table and its two columns) and a goals group (7 items) with 3 entries.
  add(
    basics,
    {
      id: 'statements',
      type: 'table',
      label: label('udsagn'),
      required: true,
      rows: Array.from({ length: 9 }, (_, i) => ({ id: `s${i + 1}`, label: label(`udsagn ${i + 1}`) })),
      columns: [
        { id: 'applies', type: 'yesNo', label: label('passer'), required: true },
        { id: 'comment', type: 'text', label: label('kommentar'), enableWhen: [{ item: 'applies', operator: 'equals', value: true }] },
      ],
    },
    Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`s${i + 1}`, i % 3 === 0 ? { applies: true, comment: 'Flere forvaltninger er involveret' } : { applies: false }])),
  );
  count += 2;
  add(
    basics,
    {
      id: 'goals',
      type: 'group',
      label: label('mål'),
      required: true,
      minCount: 1,
      maxCount: 3,
      items: [
        { id: 'lifeThemeKey', type: 'lifeTheme', label: label('livstema'), required: true },
        { id: 'goalType', type: 'singleChoice', label: label('måltype'), required: true, options: ['DEVELOP', 'MAINTAIN', 'LIMIT_LOSS'].map((value) => ({ value, label: label(value) })) },
        { id: 'title', type: 'text', label: label('mål'), required: true, minLength: 10 },
        { id: 'measurableCriterion', type: 'longText', label: label('succeskriterium'), required: true },
        { id: 'deadline', type: 'date', label: label('frist'), required: true, min: 'today' },
        { id: 'score', type: 'scale', label: label('score'), min: 1, max: 10, minLabel: label('lav'), maxLabel: label('høj') },
      ],
    },
    Array.from({ length: 3 }, (_, i) => ({
      lifeThemeKey: THEMES[i],
      goalType: 'DEVELOP',
      title: `Borgeren klarer selv opgave nummer ${i + 1}`,
      measurableCriterion: 'Fire gange om måneden uden hjælp, vurderet ved opfølgningen.',
      deadline: '2026-12-31',
      score: 4 + i,
    })),
  );
  count += 6;

  // The rest: sections of 19 items cycling through every other type, every fifth item shown by a yes/no.
  for (let s = 0; count < 200; s += 1) {
    const section: FormSection = { id: `section${s}`, title: label(`afsnit ${s}`), items: [] };
    sections.push(section);
    let gate: string | null = null;
    for (let i = 0; i < 19 && count < 200; i += 1) {
      const id = `q${s}x${i}`;
      const when = gate && i % 5 === 4 ? { enableWhen: [{ item: gate, operator: 'equals' as const, value: true }] } : {};
      switch (i % 12) {
        case 0:
          add(section, { id, type: 'yesNo', label: label(id), required: true }, true);
          gate = id;
          break;
        case 1:
          add(section, { id, type: 'text', label: label(id), required: true, ...when }, 'Borgeren fortæller selv om sin hverdag.');
          break;
        case 2:
          add(section, { id, type: 'longText', label: label(id), ...when }, 'Lang tekst om forløbet. '.repeat(20));
          break;
        case 3:
          add(section, { id, type: 'singleChoice', label: label(id), required: true, options: options(5), ...when }, 'OPTION_3');
          break;
        case 4:
          add(section, { id, type: 'multipleChoice', label: label(id), options: options(6), minSelected: 1, maxSelected: 4, ...when }, ['OPTION_1', 'OPTION_4']);
          break;
        case 5:
          add(section, { id, type: 'date', label: label(id), min: '2020-01-01', max: 'today', ...when }, '2025-11-30');
          break;
        case 6:
          add(section, { id, type: 'number', label: label(id), min: 0, max: 100_000, ...when }, 2450.5);
          break;
        case 7:
          add(section, { id, type: 'scale', label: label(id), required: true, min: 0, max: 4, minLabel: label('0'), maxLabel: label('4'), ...when }, 3);
          break;
        case 8:
          add(section, { id, type: 'lifeTheme', label: label(id), multiple: true, minSelected: 1, maxSelected: 5, ...when }, THEMES.slice(0, 3));
          break;
        case 9:
          add(
            section,
            { id, type: 'participants', label: label(id), minCount: 1, maxCount: 10, ...when },
            [
              { name: 'Anna Jensen', role: 'Sagsbehandler', organization: 'Aarhus Kommune' },
              { name: 'Bo Nielsen', role: 'Kontaktperson', organization: 'Bostedet' },
              { name: 'Borgeren', role: 'Borger' },
            ],
          );
          break;
        case 10:
          add(section, { id, type: 'signature', label: label(id), ...when }, { name: 'Anna Jensen', role: 'Sagsbehandler', date: '2026-02-01' });
          break;
        default:
          add(section, { id, type: 'display', label: label(id), text: label('vejledning') });
      }
    }
  }
  const definition: FormDefinition = {
    key: 'benchmark',
    version: 1,
    title: label('benchmark'),
    source: 'Treklang benchmark',
    subject: 'CONTRACT',
    filledBy: ['AUTHORITY'],
    sections,
    derived: ['complexityRecommendation', 'goalSmartness', 'followUpDates'],
  };
  return { definition, answers };
}
