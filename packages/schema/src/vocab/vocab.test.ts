import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUNCTIONAL_LEVELS, SUPPORT_NEED_LEVELS, EFFORT_STATUSES } from './levels.js';
import { GOAL_TYPES } from './goal-types.js';
import { LIFE_THEME_GROUPS, VUM_LIFE_THEMES } from './life-themes.js';

interface Concept { code: string; display: string; concept?: Concept[] }
const codeSystem = JSON.parse(
  readFileSync(new URL('../../reference/ffb-codesystem.json', import.meta.url), 'utf8'),
) as { concept: Concept[] };

const displays = new Map<string, string>();
(function index(concepts: Concept[]) {
  for (const c of concepts) {
    displays.set(c.code, c.display);
    if (c.concept) index(c.concept);
  }
})(codeSystem.concept);

describe('vocabularies match the official FFB code system', () => {
  it('has the 11 VUM life themes with their FFB codes and Danish names', () => {
    expect(VUM_LIFE_THEMES).toHaveLength(11);
    for (const theme of VUM_LIFE_THEMES) expect(displays.get(theme.code)).toBe(theme.name.da);
    for (const group of Object.values(LIFE_THEME_GROUPS)) expect(displays.get(group.code)).toBe(group.name.da);
  });

  it('has goal types, functional levels and support needs by code', () => {
    for (const goalType of Object.values(GOAL_TYPES)) expect(displays.get(goalType.code)).toBe(goalType.name.da);
    for (const level of [...FUNCTIONAL_LEVELS, ...SUPPORT_NEED_LEVELS]) expect(displays.get(level.code)).toBe(level.name.da);
    for (const status of Object.values(EFFORT_STATUSES)) expect(displays.has(status.code)).toBe(true);
  });
});
