/**
 * Stands in for `node-fetch` in the browser build: citation-js imports it for fetching remote
 * citations, which this app never asks for. The browser's own fetch serves if it ever did, and the
 * bundle carries no Node-only modules.
 */
export default globalThis.fetch.bind(globalThis);
export const Headers = globalThis.Headers;
