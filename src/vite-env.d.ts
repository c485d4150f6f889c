/**
 * The address of the geodata the build checked (scripts/validate-geodata-plugin.ts): a hashed JSON
 * asset beside the app in a build, a route of the dev server while editing. Load it with
 * `fetchGeodata` (src/data/fetch-geodata.ts).
 */
declare module 'virtual:geodata-url' {
  const url: string;
  export default url;
}
