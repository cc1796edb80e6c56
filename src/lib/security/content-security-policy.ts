/**
 * The Content-Security-Policy the whole site works under: nothing but the
 * site's own files runs or styles a page (no inline script or style), and
 * WebAssembly may compile, for Pagefind's search. A host can send it as is;
 * the test server does, so every browser test runs under it.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
