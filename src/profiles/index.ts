/**
 * The registry of profiles, by name. The command line finds profiles here; a new profile is one
 * more line.
 */
import type { AnyProfile } from '../core/profile.js';
import { toestemming } from './toestemming/index.js';
import { verwerkingenlogging } from './verwerkingenlogging/index.js';
import { voorzieninggebruik } from './voorzieninggebruik/index.js';
import { softwarecatalogus } from './softwarecatalogus/index.js';

/** Every profile profielkit ships, by its name. */
export const profiles: Readonly<Record<string, AnyProfile>> = Object.freeze({
  [toestemming.name]: toestemming,
  [voorzieninggebruik.name]: voorzieninggebruik,
  [verwerkingenlogging.name]: verwerkingenlogging,
  [softwarecatalogus.name]: softwarecatalogus,
});
