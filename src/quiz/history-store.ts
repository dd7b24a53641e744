import { sharedStore } from '../storage/shared-store';
import { parseHistory } from './history';

/** Past quiz results per client, in this browser. */
export const historyStore = sharedStore('quiz-history', parseHistory);
