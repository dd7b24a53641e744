import LetterWriter from '../letters/LetterWriter';
import { defineIsland } from './island';
import { mountFromData } from './render';

// The letter generator's form and preview appear at once above the samples, their props read from the data block.
defineIsland('letter-writer-island', 'load', (host) => mountFromData(host, LetterWriter));
