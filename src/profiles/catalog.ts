/**
 * The registered profiles' names and titles, for `profielkit --help`: a list that loads no RDF library
 * (the registry in index.ts builds every profile, and with it n3). A test keeps it equal to the registry.
 */

/** What the help text says of a profile. */
export interface ProfileSummary {
  /** the name commands take (`--profile toestemming`) */
  readonly name: string;
  /** the declaration's title */
  readonly title: string;
  /** whether the profile reads its standard's own JSON */
  readonly readsJson: boolean;
}

/** Every registered profile, in registry order. */
export const profileCatalog: readonly ProfileSummary[] = [
  { name: 'toestemming', title: 'OSLO Toestemming', readsJson: false },
  { name: 'voorzieninggebruik', title: 'VNG Softwarecatalogus VoorzieningGebruik', readsJson: true },
  { name: 'verwerkingenlogging', title: 'VNG Verwerkingenlogging (Inzage API)', readsJson: true },
  { name: 'softwarecatalogus', title: 'VNG Softwarecatalogus gebruik/usage (OpenRegister, 2026)', readsJson: true },
];
