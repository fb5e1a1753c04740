import { describe, expect, it } from 'vitest';
import { isEmailAddress } from './email.js';

describe('isEmailAddress', () => {
  it('accepts ordinary addresses, Danish letters included', () => {
    for (const address of ['anne@hjoerring.dk', 'søren.østergaard@kommune.dk', 'a+b@x.y.dk']) expect(isEmailAddress(address), address).toBe(true);
  });

  it('refuses what cannot be an address', () => {
    for (const text of ['', 'anne', 'anne@', '@kommune.dk', 'anne@kommune', 'anne hansen@kommune.dk', 'a@b@c.dk']) expect(isEmailAddress(text), text).toBe(false);
  });
});
