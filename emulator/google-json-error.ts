// The error an advanced service throws when its API answers with an error: a GoogleJsonResponseException whose
// message is "API call to <api>.<resource>.<method> failed with error: <the API's message>"
// (e.g. https://github.com/googleworkspace/apps-script-samples/issues/159, https://github.com/ericyd/gdrive-copy/issues/142),
// and whose `details` carry the HTTP status and the API's message.

export interface GoogleJsonErrorDetails {
  readonly code: number;
  readonly message: string;
}

export class GoogleJsonResponseException extends Error {
  readonly details: GoogleJsonErrorDetails;

  constructor(apiMethod: string, code: number, message: string) {
    super(`API call to ${apiMethod} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message };
  }
}
