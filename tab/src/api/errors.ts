import type { ProblemDetails } from './contract';

/** A failed API call. `detail` is the server's Swedish text meant for the user. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get detail(): string | undefined {
    return this.problem.detail ?? undefined;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** Text to show the user for any error: the ProblemDetails detail when there is one. */
export function errorText(e: unknown, fallback: string): string {
  if (isApiError(e)) return e.problem.detail || e.problem.title || fallback;
  return fallback;
}
