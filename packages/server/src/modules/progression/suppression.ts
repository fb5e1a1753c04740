/*
 * Statistical disclosure control for the aggregate reports. Primary suppression hides a group covering fewer
 * than MINIMUM_CITIZENS citizens. Secondary suppression stops the hidden numbers from being recovered by
 * subtraction: along every dimension, the groups that share the other dimension values add up to a coarser
 * group (another report, or the total), so where such a line has hidden groups, at least two are hidden and
 * together they cover at least MINIMUM_CITIZENS citizens (by the sum of their citizen counts).
 */
export const MINIMUM_CITIZENS = 5;

/** True for 1 to 4 citizens: too few to show. Zero is no person and is shown. */
export function isSmall(citizens: number | null): boolean {
  return citizens !== null && citizens > 0 && citizens < MINIMUM_CITIZENS;
}

export interface SuppressionCandidate {
  /** The group's dimension values, one per dimension of the report. */
  key: readonly (string | null)[];
  citizens: number;
  /**
   * The fewest citizens in any finer cell the group is a filtered union of (null when the report has no filter
   * on a dimension it is not grouped by). A small cell means a neighbouring filter could isolate it by difference.
   */
  smallestCell: number | null;
}

/** A map key for dimension values (none of them contains a control character). */
const keyText = (key: readonly (string | null)[]): string => key.map((v) => (v === null ? '\u0000' : v)).join('\u0001');

interface Line {
  /** Members, smallest first (ties by key), so the next one to hide is found by walking forward. */
  members: number[];
  next: number;
  hiddenCount: number;
  hiddenCitizens: number;
}

/** Which groups to hide, primary and secondary suppression together; deterministic for the same groups. */
export function suppressedFlags(groups: readonly SuppressionCandidate[]): boolean[] {
  const hidden = groups.map((g) => isSmall(g.citizens) || isSmall(g.smallestCell));
  const keys = groups.map((g) => keyText(g.key));
  const width = groups[0]?.key.length ?? 0;
  const lines: Line[] = [];
  const linesOf: number[][] = groups.map(() => []);
  for (let dimension = 0; dimension < width; dimension++) {
    const byOthers = new Map<string, number[]>();
    groups.forEach((group, index) => {
      const others = keyText(group.key.filter((_, d) => d !== dimension));
      const members = byOthers.get(others);
      if (members) members.push(index);
      else byOthers.set(others, [index]);
    });
    for (const members of byOthers.values()) {
      members.sort((a, b) => groups[a].citizens - groups[b].citizens || (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
      const line: Line = { members, next: 0, hiddenCount: 0, hiddenCitizens: 0 };
      for (const i of members) {
        linesOf[i].push(lines.length);
        if (hidden[i]) {
          line.hiddenCount++;
          line.hiddenCitizens += groups[i].citizens;
        }
      }
      lines.push(line);
    }
  }
  const pending = lines.map((_, i) => i).filter((i) => lines[i].hiddenCount > 0);
  for (let next = 0; next < pending.length; next++) {
    const line = lines[pending[next]];
    if (line.hiddenCount >= 2 && line.hiddenCitizens >= MINIMUM_CITIZENS) continue;
    while (line.next < line.members.length && hidden[line.members[line.next]]) line.next++;
    if (line.next === line.members.length) continue;
    // Hide the smallest group still shown; every line it is on is checked again.
    const index = line.members[line.next];
    hidden[index] = true;
    for (const l of linesOf[index]) {
      lines[l].hiddenCount++;
      lines[l].hiddenCitizens += groups[index].citizens;
      pending.push(l);
    }
  }
  return hidden;
}
