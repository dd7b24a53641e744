import { startLetterWriter } from '../letters/letter-writer-view';
import { defineIsland } from './island';

// The letter form is built at build time above the samples; its script reads it and writes the letter.
defineIsland('letter-writer-island', 'load', startLetterWriter);
