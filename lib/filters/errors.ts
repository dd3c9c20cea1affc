/** A URL or API parameter that cannot be read; `param` names it so callers can point at it (400 bodies, messages). */
export class FilterParamError extends Error {
  readonly param: string;

  constructor(param: string, message: string) {
    super(`${param}: ${message}`);
    this.name = 'FilterParamError';
    this.param = param;
  }

  /** The JSON body the API answers with. */
  toJSON(): { error: { param: string; message: string } } {
    return { error: { param: this.param, message: this.message.slice(this.param.length + 2) } };
  }
}
