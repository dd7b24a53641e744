import QuizView from '../quiz/QuizView';
import { defineIsland } from './island';
import { mountFromData } from './render';

// The quiz replaces its list of questions at once, its props read from the data block.
defineIsland('quiz-island', 'load', (host) => mountFromData(host, QuizView));
