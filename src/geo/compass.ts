/** Compass directions for bearings, as people say them ("SW", not "225°"). */

const POINTS_8 = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;

/**
 * The nearest of the eight compass points to a bearing.
 * @param bearing - degrees clockwise from north, any range (turf's bearing gives -180..180)
 * @returns one of N, NE, E, SE, S, SW, W, NW
 * @example compassPoint(-135) // 'SW'
 */
export function compassPoint(bearing: number): (typeof POINTS_8)[number] {
  const normalised = ((bearing % 360) + 360) % 360;
  return POINTS_8[Math.round(normalised / 45) % 8] ?? 'N';
}
