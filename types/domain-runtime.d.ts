// The few platform APIs the domain uses, available alike in browsers, workers and Node (WHATWG
// Encoding). Declared here, for the domain's own type check only (tsconfig.domain.json), so that
// anything else from the DOM or Node fails to compile in src/smtp.
declare class TextEncoder {
  encode(input?: string): Uint8Array
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string
}
