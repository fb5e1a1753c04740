/*
 * Chart colours: each at least 3:1 against white (WCAG 1.4.11, graphical objects) and told apart by pattern,
 * line style or marker shape as well, so meaning never rests on colour alone (and survives black-and-white print).
 */
export const CHART_COLORS = {
  /** dkfds primary blue, 7.0:1. */
  primary: '#0059b3',
  /** Dark grey, 7.5:1: baselines and "unchanged". */
  baseline: '#545454',
  /** Improved: dark blue-green, 6.6:1. */
  improved: '#00646e',
  /** Unchanged: mid grey, 4.5:1. */
  unchanged: '#767676',
  /** Declined: dark orange, 5.0:1. */
  declined: '#b34700',
} as const;
