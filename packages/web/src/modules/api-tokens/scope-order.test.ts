import { describe, expect, it } from 'vitest';
import { API_TOKEN_TEXTS } from './api-token-texts.js';
import { SCOPE_ORDER, sortScopes } from './scope-order.js';

describe('the scopes in words', () => {
  it('lists every scope once, and every scope has a name and an explanation in both languages', () => {
    expect(new Set(SCOPE_ORDER).size).toBe(SCOPE_ORDER.length);
    for (const texts of [API_TOKEN_TEXTS.da, API_TOKEN_TEXTS.en]) {
      expect(Object.keys(texts.scopeTexts).sort()).toEqual([...SCOPE_ORDER].sort());
      for (const scope of SCOPE_ORDER) {
        expect(texts.scopeTexts[scope].label).not.toBe('');
        expect(texts.scopeTexts[scope].description).not.toBe('');
      }
    }
  });

  it("sorts a token's scopes by subject, reading before changing", () => {
    expect(sortScopes(['READ_AUDIT', 'WRITE_CITIZENS', 'READ_CITIZENS'])).toEqual(['READ_CITIZENS', 'WRITE_CITIZENS', 'READ_AUDIT']);
  });
});
