/**
 * Types for the parts of citation-js this app uses. The 0.8 line ships none (0.9 does, but needs
 * Node 22.12, above this project's engines); drop this file when the project moves to 0.9.
 */
declare module '@citation-js/core' {
  /** A set of references: give it CSL-JSON, BibTeX or RIS, ask it for any format a plugin adds. */
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    /** The references as CSL-JSON items. */
    data: unknown[];
    /** A string for text output; other values for `{ format: 'object' }` (then check its shape). */
    format(format: string, options?: Record<string, unknown>): unknown;
  }
}

/** Registers the `bibtex` and `biblatex` output formats and the BibTeX input parser. */
declare module '@citation-js/plugin-bibtex';

/** Registers the `ris` output format and the RIS input parser. */
declare module '@citation-js/plugin-ris';

declare module '@citation-js/name' {
  /** Splits a personal name into CSL name parts ("Ludwig van Beethoven" → given, particle, family). */
  export function parse(name: string): {
    family?: string;
    given?: string;
    suffix?: string;
    'dropping-particle'?: string;
    'non-dropping-particle'?: string;
  };
}
