/*
 * Names for the generated dataset: the 98 Danish municipalities with their municipality codes, region and
 * approximate population in thousands (which sets how many citizens each one gets), and parts for invented
 * provider and citizen names. Every person in the dataset is invented.
 */
export type Region = 'HOVEDSTADEN' | 'SJAELLAND' | 'SYDDANMARK' | 'MIDTJYLLAND' | 'NORDJYLLAND';

export interface Municipality {
  code: string;
  name: string;
  region: Region;
  populationThousands: number;
}

const H: Region = 'HOVEDSTADEN';
const S: Region = 'SJAELLAND';
const SD: Region = 'SYDDANMARK';
const M: Region = 'MIDTJYLLAND';
const N: Region = 'NORDJYLLAND';

const list: [string, string, Region, number][] = [
  ['0101', 'Københavns Kommune', H, 653], ['0147', 'Frederiksberg Kommune', H, 105], ['0151', 'Ballerup Kommune', H, 52],
  ['0153', 'Brøndby Kommune', H, 39], ['0155', 'Dragør Kommune', H, 15], ['0157', 'Gentofte Kommune', H, 75],
  ['0159', 'Gladsaxe Kommune', H, 70], ['0161', 'Glostrup Kommune', H, 24], ['0163', 'Herlev Kommune', H, 30],
  ['0165', 'Albertslund Kommune', H, 28], ['0167', 'Hvidovre Kommune', H, 54], ['0169', 'Høje-Taastrup Kommune', H, 57],
  ['0173', 'Lyngby-Taarbæk Kommune', H, 57], ['0175', 'Rødovre Kommune', H, 41], ['0183', 'Ishøj Kommune', H, 24],
  ['0185', 'Tårnby Kommune', H, 44], ['0187', 'Vallensbæk Kommune', H, 17], ['0190', 'Furesø Kommune', H, 41],
  ['0201', 'Allerød Kommune', H, 26], ['0210', 'Fredensborg Kommune', H, 41], ['0217', 'Helsingør Kommune', H, 63],
  ['0219', 'Hillerød Kommune', H, 52], ['0223', 'Hørsholm Kommune', H, 25], ['0230', 'Rudersdal Kommune', H, 57],
  ['0240', 'Egedal Kommune', H, 44], ['0250', 'Frederikssund Kommune', H, 46], ['0253', 'Greve Kommune', S, 51],
  ['0259', 'Køge Kommune', S, 62], ['0260', 'Halsnæs Kommune', H, 31], ['0265', 'Roskilde Kommune', S, 90],
  ['0269', 'Solrød Kommune', S, 24], ['0270', 'Gribskov Kommune', H, 41], ['0306', 'Odsherred Kommune', S, 33],
  ['0316', 'Holbæk Kommune', S, 73], ['0320', 'Faxe Kommune', S, 37], ['0326', 'Kalundborg Kommune', S, 48],
  ['0329', 'Ringsted Kommune', S, 36], ['0330', 'Slagelse Kommune', S, 79], ['0336', 'Stevns Kommune', S, 23],
  ['0340', 'Sorø Kommune', S, 30], ['0350', 'Lejre Kommune', S, 29], ['0360', 'Lolland Kommune', S, 40],
  ['0370', 'Næstved Kommune', S, 83], ['0376', 'Guldborgsund Kommune', S, 60], ['0390', 'Vordingborg Kommune', S, 45],
  ['0400', 'Bornholms Regionskommune', H, 39], ['0410', 'Middelfart Kommune', SD, 39], ['0420', 'Assens Kommune', SD, 41],
  ['0430', 'Faaborg-Midtfyn Kommune', SD, 51], ['0440', 'Kerteminde Kommune', SD, 24], ['0450', 'Nyborg Kommune', SD, 32],
  ['0461', 'Odense Kommune', SD, 206], ['0479', 'Svendborg Kommune', SD, 59], ['0480', 'Nordfyns Kommune', SD, 29],
  ['0482', 'Langeland Kommune', SD, 12], ['0492', 'Ærø Kommune', SD, 6], ['0510', 'Haderslev Kommune', SD, 55],
  ['0530', 'Billund Kommune', SD, 27], ['0540', 'Sønderborg Kommune', SD, 74], ['0550', 'Tønder Kommune', SD, 37],
  ['0561', 'Esbjerg Kommune', SD, 115], ['0563', 'Fanø Kommune', SD, 3.5], ['0573', 'Varde Kommune', SD, 50],
  ['0575', 'Vejen Kommune', SD, 43], ['0580', 'Aabenraa Kommune', SD, 58], ['0607', 'Fredericia Kommune', SD, 52],
  ['0615', 'Horsens Kommune', M, 97], ['0621', 'Kolding Kommune', SD, 95], ['0630', 'Vejle Kommune', SD, 120],
  ['0657', 'Herning Kommune', M, 90], ['0661', 'Holstebro Kommune', M, 59], ['0665', 'Lemvig Kommune', M, 19],
  ['0671', 'Struer Kommune', M, 20], ['0706', 'Syddjurs Kommune', M, 43], ['0707', 'Norddjurs Kommune', M, 37],
  ['0710', 'Favrskov Kommune', M, 49], ['0727', 'Odder Kommune', M, 24], ['0730', 'Randers Kommune', M, 99],
  ['0740', 'Silkeborg Kommune', M, 98], ['0741', 'Samsø Kommune', M, 3.7], ['0746', 'Skanderborg Kommune', M, 64],
  ['0751', 'Aarhus Kommune', M, 367], ['0756', 'Ikast-Brande Kommune', M, 42], ['0760', 'Ringkøbing-Skjern Kommune', M, 56],
  ['0766', 'Hedensted Kommune', M, 47], ['0773', 'Morsø Kommune', N, 20], ['0779', 'Skive Kommune', M, 46],
  ['0787', 'Thisted Kommune', N, 43], ['0791', 'Viborg Kommune', M, 97], ['0810', 'Brønderslev Kommune', N, 36],
  ['0813', 'Frederikshavn Kommune', N, 59], ['0820', 'Vesthimmerlands Kommune', N, 36], ['0825', 'Læsø Kommune', N, 1.8],
  ['0840', 'Rebild Kommune', N, 31], ['0846', 'Mariagerfjord Kommune', N, 42], ['0849', 'Jammerbugt Kommune', N, 38],
  ['0851', 'Aalborg Kommune', N, 221], ['0860', 'Hjørring Kommune', N, 64],
];

export const MUNICIPALITIES: readonly Municipality[] = list.map(([code, name, region, populationThousands]) => ({ code, name, region, populationThousands }));

export const REGIONS: readonly Region[] = [H, S, SD, M, N];

/** Town names per region, for invented provider names. */
export const TOWNS: Record<Region, readonly string[]> = {
  HOVEDSTADEN: ['Valby', 'Nørrebro', 'Amager', 'Hillerød', 'Helsingør', 'Ballerup', 'Rødovre', 'Frederikssund', 'Bornholm', 'Lyngby', 'Gentofte', 'Hvidovre'],
  SJAELLAND: ['Roskilde', 'Køge', 'Holbæk', 'Slagelse', 'Næstved', 'Sorø', 'Ringsted', 'Kalundborg', 'Nykøbing F', 'Vordingborg', 'Faxe'],
  SYDDANMARK: ['Odense', 'Svendborg', 'Esbjerg', 'Kolding', 'Vejle', 'Fredericia', 'Sønderborg', 'Aabenraa', 'Haderslev', 'Middelfart', 'Varde'],
  MIDTJYLLAND: ['Aarhus', 'Randers', 'Silkeborg', 'Horsens', 'Herning', 'Viborg', 'Holstebro', 'Skive', 'Skanderborg', 'Grenaa', 'Ikast'],
  NORDJYLLAND: ['Aalborg', 'Hjørring', 'Frederikshavn', 'Thisted', 'Brønderslev', 'Hobro', 'Aars', 'Nykøbing M', 'Støvring', 'Fjerritslev'],
};

export const PROVIDER_KINDS = {
  RESIDENTIAL: ['Bostedet', 'Botilbuddet', 'Opholdsstedet', 'Bofællesskabet', 'Boligerne ved'],
  FLOATING_SUPPORT: ['Bostøtten', 'Støttecentret', 'Den mobile støtte', 'Bostøtteteamet'],
  DAY_OFFER: ['Værestedet', 'Aktivitetshuset', 'Beskyttet Værksted', 'Dagcentret', 'Værkstedet'],
} as const;

export const PLACE_WORDS = ['Lindely', 'Egebakken', 'Solsikken', 'Kilen', 'Bøgely', 'Skovly', 'Engen', 'Havbrisen', 'Fjordglimt', 'Lærkereden', 'Møllen', 'Kastanjegården', 'Birkelund', 'Vesterhus', 'Nordlyset', 'Ankerhus', 'Ådalen', 'Toften', 'Pilegården', 'Rosenhaven'];

export const FIRST_NAMES = [
  'Anne', 'Kirsten', 'Mette', 'Hanne', 'Anna', 'Helle', 'Susanne', 'Lene', 'Maria', 'Marianne', 'Camilla', 'Louise', 'Sofie', 'Ida', 'Emma',
  'Peter', 'Michael', 'Lars', 'Jens', 'Thomas', 'Henrik', 'Søren', 'Christian', 'Martin', 'Jan', 'Morten', 'Jesper', 'Mads', 'Rasmus', 'Frederik',
];

export const LAST_NAMES = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen',
  'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Mikkelsen', 'Vestergaard',
];
