import { startDataPage } from '../data/data-view';
import { defineIsland } from './island';

// The data page's skeleton is built at build time; its script fills in what this browser keeps.
defineIsland('data-page-island', 'load', startDataPage);
