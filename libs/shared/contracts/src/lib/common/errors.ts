/** The body of every error response. */
export interface ErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string>;
}
