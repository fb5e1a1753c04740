/** A plausible e-mail address: something@domain.tld, no spaces. Deliverability is the mail server's business. */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}
