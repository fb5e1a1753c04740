import { describe, expect, it } from 'vitest';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { accessWho, dataKindsText, dateTimeLines, operationPieces, purposeHeader, safeFileName, searchesText } from './citizen-insight-format.js';
import { CITIZEN_INSIGHT_TEXTS } from './citizen-insight-texts.js';

const roles = COMMON_TEXTS.da.roles;
const t = CITIZEN_INSIGHT_TEXTS.da;

describe('the access log in words', () => {
  it('names the organisation and the role in words, the code when the role is unknown', () => {
    expect(accessWho({ organizationName: 'Hjørring Kommune', userRole: 'CASEWORKER' }, roles, t.unknownOrganization)).toBe('Hjørring Kommune, Rådgiver');
    expect(accessWho({ organizationName: 'Bostedet Lindely', userRole: 'PROVIDER_STAFF' }, roles, t.unknownOrganization)).toBe('Bostedet Lindely, Medarbejder hos leverandør');
    expect(accessWho({ organizationName: 'Hjørring Kommune', userRole: 'AUDITOR' }, roles, t.unknownOrganization)).toBe('Hjørring Kommune, AUDITOR');
    expect(accessWho({ organizationName: null, userRole: null }, roles, t.unknownOrganization)).toBe('Ukendt organisation');
    expect(accessWho({ organizationName: 'Hjørring Kommune', userRole: 'ADMIN' }, COMMON_TEXTS.en.roles, 'x')).toBe('Hjørring Kommune, Administrator');
  });

  it('names the kinds of data in words, without repeats, and says so when there are none', () => {
    expect(dataKindsText(['Citizen', 'Contract', 'Goal'], t.kinds, t.noKinds)).toBe('Stamoplysninger, Kontrakter, Mål');
    expect(dataKindsText(['Contract', 'Contract', 'Robot'], t.kinds, t.noKinds)).toBe('Kontrakter, Robot');
    expect(dataKindsText([], t.kinds, t.noKinds)).toBe('Ingen');
    expect(dataKindsText(['SubGoal'], CITIZEN_INSIGHT_TEXTS.en.kinds, 'None')).toBe('Sub-goals');
  });

  it('quotes search criteria', () => {
    expect(searchesText(['Hansen', '010172'])).toBe('»Hansen«, »010172«');
    expect(searchesText([])).toBe('');
  });

  it('splits a date and time between the date and the time of day', () => {
    expect(dateTimeLines('24. nov. 2026 kl. 06.15')).toEqual(['24. nov. 2026', 'kl. 06.15']);
    expect(dateTimeLines('24 Nov 2026, 06:11')).toEqual(['24 Nov 2026,', '06:11']);
    expect(dateTimeLines('24. nov. 2026')).toEqual(['24. nov. 2026', '']);
    expect(dateTimeLines('')).toEqual(['', '']);
  });

  it('breaks long operation names only between their words', () => {
    expect(operationPieces('CitizenInsightLogExport')).toEqual(['Citizen', 'Insight', 'Log', 'Export']);
    expect(operationPieces('createCitizen')).toEqual(['create', 'Citizen']);
    expect(operationPieces('citizen, contract')).toEqual(['citizen, contract']);
    expect(operationPieces('CPRLookup')).toEqual(['CPRLookup']);
  });

  it('has every action and data kind in both languages', () => {
    expect(Object.keys(CITIZEN_INSIGHT_TEXTS.en.actions)).toEqual(Object.keys(t.actions));
    expect(Object.keys(CITIZEN_INSIGHT_TEXTS.en.kinds)).toEqual(Object.keys(t.kinds));
  });
});

describe('saving what the API hands out', () => {
  it('keeps the suggested file name, made safe', () => {
    expect(safeFileName('adgangslog-42-2026-05-03.csv', 'x.csv')).toBe('adgangslog-42-2026-05-03.csv');
    expect(safeFileName('../../etc/passwd', 'x.csv')).toBe('etc-passwd');
    expect(safeFileName('a:b*c?.json', 'x.json')).toBe('a-b-c-.json');
    expect(safeFileName('borger\u0000data.json', 'x.json')).toBe('borger-data.json');
    expect(safeFileName('', 'borgerdata.json')).toBe('borgerdata.json');
    expect(safeFileName(null, 'borgerdata.json')).toBe('borgerdata.json');
    expect(safeFileName(' / ', 'borgerdata.json')).toBe('borgerdata.json');
  });

  it('percent-encodes the purpose header, so æøå reach the server intact', () => {
    expect(purposeHeader('besvarelse af indsigtsanmodning')).toBe('besvarelse%20af%20indsigtsanmodning');
    expect(decodeURIComponent(purposeHeader('tilsyn på stedet'))).toBe('tilsyn på stedet');
    expect(purposeHeader('tilsyn på stedet')).toMatch(/^[\x20-\x7e]+$/);
  });
});
