// globals.d.ts is the page's contract of globals: each global that one of
// the page's scripts (or the Go program) sets and another reads, with who
// sets it and who reads it. The type checker (tsconfig.json, `./build.sh
// test`) reads it; nothing ships it.

/** The functions the Go program exports once it runs (wasm/glue.go): each
 * takes strings and returns the JSON text of its answer, {"error": …} when
 * it fails. app.js calls them through callGo. */
interface Xigong {
  init(lang: string, fragment: string, targets: string): string;
  set(values: string): string;
  peek(values: string): string;
  commit(values: string): string;
  reset(): string;
  csv(): string;
  load(targets: string, skeletons: string): string;
  read(text: string, year: string, region: string): string;
  /** The Go heap's size, for the memory checks of the tests and the benchmark. */
  heap(): string;
  [name: string]: (...args: string[]) => string;
}

/** Go runs a Go program compiled to WebAssembly: the class that wasm_exec.js
 * (of the Go toolchain that built the module) defines; app.js runs the
 * module with it. */
declare class Go {
  importObject: WebAssembly.Imports;
  env: Record<string, string>;
  argv: string[];
  run(instance: WebAssembly.Instance): Promise<void>;
}

interface Window {
  /** The promise of the compiled module, set by boot.js; app.js runs it. */
  xigongBoot?: Promise<WebAssembly.Module>;
  /** inflate(text, what) decodes base64 text and gunzips it; set by
   * boot.js, used by app.js (the page in the other language) and by the
   * single file's runner of its scripts. It rejects with the page's message
   * named what when the text does not inflate. */
  xigongInflate?: (text: string, what: string) => Promise<ArrayBuffer>;
  /** Shows a failure's message in #error where app.js is not there to;
   * set by boot.js, used by the single file's runner of its scripts. */
  xigongFail?: (message: string) => void;
  /** The single file's scripts still to come, set by its runner of them
   * (web/later.js); boot.js waits for them before saying the page
   * script never ran. */
  xigongLater?: Promise<void>;
  /** Set by app.js when it runs; read by boot.js once the page has loaded. */
  xigongStarted?: boolean;
  /** embed.js's only global, on host pages: scan() places the charts of
   * placeholders added since. */
  XigongEmbed?: { scan(): void };
}

/** Set by the Go program when it starts (wasm/main.go). */
declare var xigong: Xigong | undefined;

// Base64 on typed arrays (Chromium 140+, Firefox 133+, Safari 18.2+), which
// the page uses where the browser has it (lib es2023 lacks it).
interface Uint8ArrayConstructor {
  fromBase64?(text: string, options?: { alphabet?: 'base64' | 'base64url' }): Uint8Array;
}
interface Uint8Array {
  toBase64?(options?: { alphabet?: 'base64' | 'base64url'; omitPadding?: boolean }): string;
}
