/**
 * The reader's past quiz results, per client (a client id, or the unnamed `defaultList`),
 * newest first, so a retake after a few days can be compared with the last one. An entry keeps only the
 * date and the answers code of answers-url.ts: the words and the outcome are worked out again when shown.
 * Pure functions over a versioned value; `parseHistory` accepts anything and never throws.
 */
import { parseStoredObject } from '../storage/parse-json';

export interface PastResult {
  /** ISO 8601, when the reader saw the result. */
  date: string;
  /** encodeAnswers() of the answers. */
  answers: string;
}

export interface QuizHistory {
  version: 1;
  results: Record<string, PastResult[]>;
}

/** Enough to see a trend over months of retakes, small enough to never worry the storage quota. */
export const maxResults = 20;

export const emptyHistory = (): QuizHistory => ({ version: 1, results: {} });

const isPastResult = (value: unknown): value is PastResult => {
  const { date, answers } = (value ?? {}) as Partial<PastResult>;
  return typeof date === 'string' && !Number.isNaN(Date.parse(date)) && typeof answers === 'string' && answers.length <= 100;
};

const newestFirst = (a: PastResult, b: PastResult) => Date.parse(b.date) - Date.parse(a.date);

/** Reads stored JSON; junk, another version or broken entries give what can be kept, never an error. */
export function parseHistory(raw: string | null): QuizHistory {
  const data = parseStoredObject(raw);
  if (!data || data.version !== 1 || typeof data.results !== 'object' || data.results === null) return emptyHistory();
  const results = Object.fromEntries(
    Object.entries(data.results)
      .map(([client, list]) => {
        const kept = Array.isArray(list) ? list.filter(isPastResult).map(({ date, answers }) => ({ date, answers })) : [];
        return [client, kept.sort(newestFirst).slice(0, maxResults)] as const;
      })
      .filter(([, list]) => list.length > 0),
  );
  return { version: 1, results };
}

export function resultsOf(state: QuizHistory, client: string): readonly PastResult[] {
  return state.results[client] ?? [];
}

/**
 * Adds a result as the newest of one client's; the oldest beyond `maxResults` are dropped. Reviewing
 * the answers without changing any, the same day, is not a new result: the list stays as it is.
 */
export function addResult(state: QuizHistory, client: string, result: PastResult): QuizHistory {
  const [newest] = resultsOf(state, client);
  if (newest && newest.answers === result.answers && newest.date.slice(0, 10) === result.date.slice(0, 10)) return state;
  const list = [result, ...resultsOf(state, client)].sort(newestFirst).slice(0, maxResults);
  return { ...state, results: { ...state.results, [client]: list } };
}

/** Removes one result, named by its date (one reader cannot finish two quizzes in the same millisecond). */
export function removeResult(state: QuizHistory, client: string, date: string): QuizHistory {
  const list = resultsOf(state, client).filter((r) => r.date !== date);
  return list.length ? { ...state, results: { ...state.results, [client]: list } } : forgetClientHistory(state, client);
}

/** Every result of one client gone: the reader deleted them, or the client. */
export function forgetClientHistory(state: QuizHistory, client: string): QuizHistory {
  const { [client]: _gone, ...results } = state.results;
  return { ...state, results };
}
