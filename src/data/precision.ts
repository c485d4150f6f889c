/**
 * Meanings of the location precision codes, paraphrased from the UCDP/AidData geocoding codebook
 * (Strandow et al. 2011, v1.1), shown to readers beside each point.
 */
import type { PrecisionCode } from './types.ts';

export const PRECISION_SCHEME = 'UCDP/AidData geographic precision code';

export const PRECISION_MEANINGS: Record<PrecisionCode, { label: string; meaning: string }> = {
  1: { label: 'exact', meaning: 'The point is the named place itself.' },
  2: { label: 'near', meaning: 'The point is within about 25 km of the true location.' },
  3: { label: 'district', meaning: 'Only the district (second-order division) is known.' },
  4: { label: 'region', meaning: 'Only the region (first-order division) is known.' },
  6: { label: 'country', meaning: 'The record concerns the whole country; the point only anchors its symbol.' },
};
