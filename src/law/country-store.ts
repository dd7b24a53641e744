import { sharedStore } from '../storage/shared-store';
import { parseCountry } from './country';

/** The reader's country, shared by the guide, the tools and every open tab; junk reads as none. */
export const countryStore = sharedStore('country', parseCountry);
