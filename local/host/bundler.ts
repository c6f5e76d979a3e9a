import * as esbuild from 'esbuild';

/** How browser code is bundled: one IIFE for the browser; `production` minifies, without a source map. */
export function browserBuildOptions(entry: string, workingDir: string, mode: 'development' | 'production'): esbuild.BuildOptions & { write: false } {
  return {
    entryPoints: [entry],
    absWorkingDir: workingDir,
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    ...(mode === 'production' ? { minify: true } : { sourcemap: 'inline' as const }),
  };
}

/**
 * Bundles browser code (UI Kit resources, the frame runtime, the host page) with esbuild.
 * Each entry keeps an incremental context, so a request after an edit rebuilds in milliseconds.
 */
export class Bundler {
  private readonly contexts = new Map<string, Promise<esbuild.BuildContext>>();

  constructor(private readonly workingDir: string) {}

  async bundle(entry: string): Promise<string> {
    let context = this.contexts.get(entry);
    if (!context) {
      context = esbuild.context(browserBuildOptions(entry, this.workingDir, 'development'));
      this.contexts.set(entry, context);
    }
    const result = await (await context).rebuild();
    const output = result.outputFiles?.[0];
    if (!output) throw new Error(`esbuild produced no output for ${entry}`);
    return output.text;
  }

  async close(): Promise<void> {
    const all = [...this.contexts.values()];
    this.contexts.clear();
    await Promise.all(all.map(async (context) => (await context).dispose()));
  }
}
