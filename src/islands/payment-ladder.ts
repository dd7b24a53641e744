import { startLadder } from '../invoices/ladder-view';
import { defineIsland } from './island';

// The unpaid-invoices form is built at build time; its script reads it and writes the claim and the letter.
defineIsland('payment-ladder-island', 'load', startLadder);
