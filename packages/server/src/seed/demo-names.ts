/* Invented people: common Danish first and last names combined at random, so no real person is meant. */

export const FEMALE_FIRST_NAMES = [
  'Anne', 'Mette', 'Hanne', 'Camilla', 'Louise', 'Sofie', 'Maja', 'Ida', 'Emma', 'Freja', 'Julie', 'Laura',
  'Signe', 'Nanna', 'Karen', 'Birthe', 'Tina', 'Pia', 'Rikke', 'Sanne', 'Line', 'Cecilie', 'Astrid', 'Malene',
] as const;

export const MALE_FIRST_NAMES = [
  'Mads', 'Søren', 'Anders', 'Jens', 'Lars', 'Niels', 'Thomas', 'Martin', 'Kasper', 'Mikkel', 'Frederik', 'Emil',
  'Oliver', 'Mathias', 'Jonas', 'Rasmus', 'Kim', 'Bo', 'Jesper', 'Morten', 'Christian', 'Simon', 'Jakob', 'Tobias',
] as const;

export const LAST_NAMES = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
  'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen',
  'Møller', 'Mortensen', 'Bak', 'Dam', 'Kjær', 'Lund', 'Holm', 'Vinther', 'Skov', 'Bundgaard', 'Frost', 'Krog',
] as const;

/** Invented guardians and support persons. */
export const RELATIVE_NAMES = [
  'Inge Frost (mor)', 'Poul Bak (far)', 'Hanne Skov (søster)', 'Erik Lund (bror)', 'Grete Holm (moster)',
  'Advokat Jytte Dam', 'Karsten Krog (onkel)', 'Vibeke Møller (mor)',
] as const;
