import type { LocalizedText } from './text.js';

/** A coded level on an FFB scale; `value` is null for "not assessed", which is not a number. */
export interface CodedLevel {
  code: string;
  value: number | null;
  name: LocalizedText;
}

/** Funktionsevneniveau: the VUM 0-4 functional level (ICF style). */
export const FUNCTIONAL_LEVELS: readonly CodedLevel[] = [
  { code: 'b508ff66-6326-4862-a6d7-7bbf184c9823', value: 0, name: { da: 'Ingen nedsat funktionsevne', en: 'No limitation' } },
  { code: '8328ce4a-6238-4f73-bf1a-74aadb68eff8', value: 1, name: { da: 'Let nedsat funktionsevne', en: 'Light limitation' } },
  { code: '5bdde847-2837-416b-ab63-bbff8b7aa531', value: 2, name: { da: 'Moderat nedsat funktionsevne', en: 'Moderate limitation' } },
  { code: 'cae545f5-2813-4d79-98fc-0a7d770af3cd', value: 3, name: { da: 'Svært nedsat funktionsevne', en: 'Severe limitation' } },
  { code: '832ae90b-23b5-4063-80aa-0b81bdce680e', value: 4, name: { da: 'Fuldstændig nedsat funktionsevne', en: 'Total limitation' } },
  { code: '1c327095-107f-4b96-88d0-ec562cb980be', value: null, name: { da: 'Ikke vurderet', en: 'Not assessed' } },
];

/** Støttebehovsniveau: the support need level. */
export const SUPPORT_NEED_LEVELS: readonly CodedLevel[] = [
  { code: 'ae9f388a-91c3-46cf-af55-f81952f2977c', value: 0, name: { da: 'Intet støttebehov', en: 'No support need' } },
  { code: 'dd628e73-d6c9-4837-a2b8-aa62d73bd6ae', value: 1, name: { da: 'Let støttebehov', en: 'Light support need' } },
  { code: '401a397b-b3aa-4ca3-8b23-bd8f99dd3f76', value: 2, name: { da: 'Moderat støttebehov', en: 'Moderate support need' } },
  { code: 'b99a0790-4d70-4152-b149-3fe58b745583', value: 3, name: { da: 'Højt støttebehov', en: 'High support need' } },
  { code: 'e99763d6-6c43-4969-ad52-2b1a7055f9dc', value: 4, name: { da: 'Fuldstændigt støttebehov', en: 'Total support need' } },
  { code: '2254dac8-8aa3-4334-8502-9720194f49ad', value: null, name: { da: 'Ikke vurderet', en: 'Not assessed' } },
];

/** Status på indsats: the decision on an effort after a follow-up. */
export const EFFORT_STATUSES = {
  CONTINUE: { code: '1e971d84-10a4-4ef8-a8b3-0daa4c7d088a', name: { da: 'Fortsæt indsatsen', en: 'Continue the effort' } },
  END_AND_REFER: { code: 'b4c01aa8-82fd-44e4-83ff-ca19ec02c779', name: { da: 'Afslut indsatsen og visitér til ny', en: 'End and refer to a new effort' } },
  END: { code: 'd7d03656-4c87-4e67-9146-aa5990460f16', name: { da: 'Afslut indsatsen', en: 'End the effort' } },
} as const satisfies Record<string, { code: string; name: LocalizedText }>;
